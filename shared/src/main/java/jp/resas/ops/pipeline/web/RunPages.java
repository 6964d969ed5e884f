package jp.resas.ops.pipeline.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.CsvTable;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.PipelineQueries;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * The approver's pages for data-update runs: what waits, one run with its steps and findings (filterable,
 * as CSV), and the decision, through the same commands the API's approve and reject call.
 */
@Controller("/portal/approvals")
@Secured(SecurityRule.IS_ANONYMOUS)
class RunPages {

    /** Findings on one page: a 10,000-finding run stays far below 200 KB a page. */
    static final int FINDINGS_PER_PAGE = 100;

    private final PipelineQueries queries;
    private final PipelineCommands commands;

    RunPages(PipelineQueries queries, PipelineCommands commands) {
        this.queries = queries;
        this.commands = commands;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> waiting(@Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        return Pages.view("approvals", user, "approvals", "承認・データ更新", RunPageViews.runs(queries.runs(null, 100)));
    }

    @Get(value = "/runs/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> run(@PathVariable long id, @Nullable @QueryValue String rule,
            @Nullable @QueryValue String severity, @Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        return page(id, rule, severity, cursor, Pages.user(authentication));
    }

    @Get(value = "/runs/{id}/findings.csv", produces = "text/csv")
    HttpResponse<String> findingsCsv(@PathVariable long id, @Nullable @QueryValue String rule,
            @Nullable @QueryValue String severity, @Nullable Authentication authentication) {
        Pages.user(authentication);
        var detail = Pages.found(() -> queries.run(new RunId(id)));
        CsvTable table = RunPageViews.findingsCsv(RunPageViews.findings(detail.report(), rule, severity));
        return HttpResponse.ok(table.toCsv()).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"run-" + id + "-findings.csv\"");
    }

    @Post(value = "/runs/{id}/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> decide(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.APPROVER);
        try {
            String decision = form.getOrDefault("decision", "");
            if (!decision.equals("approve") && !decision.equals("reject")) {
                throw new InvalidInputException("decision", "承認または却下を選んでください。");
            }
            String comment = form.getOrDefault("comment", "").strip();
            commands.decide(new RunId(id), decision.equals("approve"), comment.isEmpty() ? null : comment,
                    Actors.of(authentication, request));
            return Pages.seeOther("/portal/approvals/runs/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("decision", form, e), page(id, null, null, null, user));
        }
    }

    /** The run's figures, its findings counted by rule, and one page of {@value #FINDINGS_PER_PAGE} findings. */
    private ModelAndView<Map<String, Object>> page(long id, String rule, String severity, String cursor,
            PortalUser user) {
        RunId run = new RunId(id);
        Keyset.Request request = Keyset.request(String.valueOf(FINDINGS_PER_PAGE), cursor);
        var detail = Pages.found(() -> queries.summary(run));
        String ruleFilter = rule == null || rule.isBlank() ? null : rule;
        String severityFilter = severity == null || severity.isBlank() ? null : severity;
        return Pages.view("run", user, "approvals", "データ更新の実行 #" + id, RunPageViews.detail(detail,
                queries.findingCounts(run), queries.findings(run, ruleFilter, severityFilter, request), rule, severity));
    }
}
