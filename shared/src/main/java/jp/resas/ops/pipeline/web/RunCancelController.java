package jp.resas.ops.pipeline.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.FailureService;
import jp.resas.ops.common.Actor;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;

/** {@code POST /pipeline/runs/{id}/cancel}: an operator stops a run that is not finished (audited). */
@Controller("/pipeline")
class RunCancelController {

    private final FailureService failures;

    RunCancelController(FailureService failures) {
        this.failures = failures;
    }

    @Post("/runs/{id}/cancel")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    Run cancel(@PathVariable long id, @Nullable @Body DecisionRequest body, Authentication user, HttpRequest<?> request) {
        Actor actor = Actors.of(user, request);
        return failures.cancel(new RunId(id), actor.name(), body == null ? null : body.comment(), actor.source());
    }
}
