package jp.resas.ops.pipeline.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import jp.resas.ops.pipeline.infrastructure.RoundService;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Roles;

@Controller("/rounds")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class RoundController {

    private final RoundService rounds;

    RoundController(RoundService rounds) {
        this.rounds = rounds;
    }

    /** One item per round, its datasets in {@code items}; newest first. */
    @Get
    ListPage<jp.resas.ops.pipeline.RoundSummary> list(@io.micronaut.core.annotation.Nullable @io.micronaut.http.annotation.QueryValue String limit,
            @io.micronaut.core.annotation.Nullable @io.micronaut.http.annotation.QueryValue String cursor) {
        return ListPage.of(rounds.rounds(Keyset.request(limit, cursor)));
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "計画しました")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @Post
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<RoundAnswer> plan(@Body RoundRequest body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(new RoundAnswer(rounds.plan(body.name(), body.planned(), Actors.of(user, request)), null));
    }

    @Post("/{id}/approve")
    @Secured({Roles.APPROVER})
    RoundAnswer approve(@PathVariable long id, Authentication user, HttpRequest<?> request) {
        rounds.approve(id, Actors.of(user, request));
        return new RoundAnswer(id, "APPROVED");
    }
}
