package jp.resas.ops.pipeline.web;

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
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.Texts;
import jp.resas.ops.pipeline.ExecutionStarter;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.SourceLine;
import jp.resas.ops.pipeline.UpdateLogLine;
import jp.resas.ops.pipeline.infrastructure.PipelineQueries;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Roles;

@Controller("/pipeline")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class PipelineController {

    private final PipelineQueries queries;
    private final PipelineCommands commands;

    PipelineController(PipelineQueries queries, PipelineCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @Get("/runs")
    ListPage<Run> runs(@Nullable @QueryValue String dataset, @Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor) {
        return ListPage.of(queries.runs(Texts.optional("dataset", dataset, 200), Keyset.request(limit, cursor)));
    }

    @Get("/runs/{id}")
    PipelineQueries.RunDetail run(@PathVariable long id) {
        return queries.run(new RunId(id));
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "実行を開始しました")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "同じ更新は開始済み (既存の実行)")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409", description = "状態・クォータ・承認と矛盾 (error が理由)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @Post("/runs")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<Run> start(@Body StartRunRequest body, Authentication user, HttpRequest<?> request) {
        PipelineCommands.Started started = commands.start(body, Actors.of(user, request));
        // Starting the same update twice is harmless: the existing run, 200 instead of 201.
        return started.execution() == ExecutionStarter.Outcome.ALREADY_STARTED ? HttpResponse.ok(started.run())
                : HttpResponse.created(started.run());
    }

    @Post("/runs/{id}/approve")
    @Secured({Roles.APPROVER})
    Run approve(@PathVariable long id, @Body DecisionRequest body, Authentication user, HttpRequest<?> request) {
        return commands.decide(new RunId(id), true, body.comment(), Actors.of(user, request));
    }

    @Post("/runs/{id}/reject")
    @Secured({Roles.APPROVER})
    Run reject(@PathVariable long id, @Body DecisionRequest body, Authentication user, HttpRequest<?> request) {
        return commands.decide(new RunId(id), false, body.comment(), Actors.of(user, request));
    }

    /** The approver is still reviewing: the approval keeps waiting (Step Functions SendTaskHeartbeat). */
    @Post("/runs/{id}/heartbeat")
    @Secured({Roles.APPROVER})
    Run stillReviewing(@PathVariable long id, Authentication user, HttpRequest<?> request) {
        return commands.stillReviewing(new RunId(id), Actors.of(user, request));
    }

    @Get("/update-log")
    ListPage<UpdateLogLine> updateLog(@Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return ListPage.of(queries.updateLog(Keyset.request(limit, cursor)));
    }

    @Get("/sources")
    ListPage<SourceLine> sources(@Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return ListPage.of(queries.sources(Keyset.request(limit, cursor)));
    }
}
