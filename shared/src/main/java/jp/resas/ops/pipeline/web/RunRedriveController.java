package jp.resas.ops.pipeline.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jp.resas.ops.common.Actor;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.RedriveService;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;

/**
 * {@code POST /pipeline/runs/{id}/redrive}: an operator runs a FAILED run again (audited); it collects anew,
 * and the new version needs a new approval. 409 {@code NOT_REDRIVABLE} for a run that has not failed (or
 * was cancelled) or an execution Step Functions will not redrive; 503 when Step Functions cannot be reached.
 */
@Controller("/pipeline")
class RunRedriveController {

    private final RedriveService redrives;

    RunRedriveController(RedriveService redrives) {
        this.redrives = redrives;
    }

    @Post("/runs/{id}/redrive")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    Run redrive(@PathVariable long id, @Nullable @Body DecisionRequest body, Authentication user, HttpRequest<?> request) {
        Actor actor = Actors.of(user, request);
        return redrives.redrive(new RunId(id), actor.name(), body == null ? null : body.comment(), actor.source());
    }
}
