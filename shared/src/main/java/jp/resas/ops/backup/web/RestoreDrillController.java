package jp.resas.ops.backup.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import jp.resas.ops.backup.RestoreDrill;
import jp.resas.ops.backup.infrastructure.BackupService;
import jp.resas.ops.common.Texts;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Roles;

/**
 * リストア訓練: the drills (keyset pages), one drill, a drill planned and its result recorded (operators), and
 * the approver's sign-off (not who performed or recorded it).
 */
@Controller("/restore-drills")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class RestoreDrillController {

    private final BackupService service;

    RestoreDrillController(BackupService service) {
        this.service = service;
    }

    @Get
    ListPage<DrillView> list(@Nullable @QueryValue String status, @Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor) {
        Keyset.Page<RestoreDrill> page = service.drills(
                Optional.ofNullable(status).map(s -> Texts.oneOf("status", s, RestoreDrill.Status.class)),
                Keyset.request(limit, cursor));
        return new ListPage<>(page.items().stream().map(DrillView::of).toList(), page.nextCursor().orElse(null));
    }

    @Get("/{id:[0-9]+}")
    DrillView get(@PathVariable long id) {
        return DrillView.of(service.drill(id));
    }

    @Post
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<DrillView> plan(@Body DrillRequests.Plan body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(DrillView.of(service.plan(body.requiredTitle(), body.requiredPlannedFor(),
                Texts.optional("resourceArn", body.resourceArn(), 2048), body.requiredTarget(), Actors.of(user, request))));
    }

    @Post("/{id:[0-9]+}/result")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    DrillView record(@PathVariable long id, @Body DrillRequests.Result body, Authentication user, HttpRequest<?> request) {
        return DrillView.of(service.record(id, DrillRequests.version(body.version()), body.toResult(user.getName()),
                Actors.of(user, request)));
    }

    @Post("/{id:[0-9]+}/sign-off")
    @Secured(Roles.APPROVER)
    DrillView signOff(@PathVariable long id, @Body DrillRequests.SignOff body, Authentication user,
            HttpRequest<?> request) {
        return DrillView.of(service.signOff(id, DrillRequests.version(body.version()), body.optionalNote(),
                Actors.of(user, request)));
    }
}
