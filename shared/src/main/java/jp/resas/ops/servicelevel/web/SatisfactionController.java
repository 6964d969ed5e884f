package jp.resas.ops.servicelevel.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.servicelevel.Rating;
import jp.resas.ops.servicelevel.infrastructure.ServiceLevelService;

/**
 * The link sent with an answer: {@code POST /inquiries/{id}/satisfaction} with the requester's own
 * token; whoever else calls it is refused, whatever their role.
 */
@Controller("/inquiries/{id}/satisfaction")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class SatisfactionController {

    record Body(Integer score, String comment) {
    }

    private final ServiceLevelService service;

    SatisfactionController(ServiceLevelService service) {
        this.service = service;
    }

    @Post
    HttpResponse<Rating> rate(@PathVariable long id, @io.micronaut.http.annotation.Body Body body,
            Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(service.rate(id, body.score(), body.comment(), Actors.of(user, request)));
    }
}
