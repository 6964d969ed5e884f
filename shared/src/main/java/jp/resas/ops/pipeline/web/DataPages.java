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
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.pipeline.infrastructure.PipelineQueries;
import jp.resas.ops.dataset.infrastructure.VersionQueries;
import jp.resas.ops.dataset.infrastructure.VersionService;
import jp.resas.ops.pipeline.infrastructure.RoundService;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * The data-update pages: the catalog, one dataset with its versions, the diff of a version against the one
 * before it (what is published while it waits), its runs, starting a run and rolling back; the update
 * rounds with their progress and the owner's approval; データ更新一覧 and データ出典一覧 as CSV. Every action
 * calls the same service the API calls, so its rules (round gate, segregation of duties) hold here too.
 */
@Controller("/portal/data")
@Secured(SecurityRule.IS_ANONYMOUS)
class DataPages {

    /** Update rounds a page shows (each with its datasets). */
    static final int ROUNDS_SHOWN = 20;

    /** Datasets the catalog page shows at once. */
    static final int DATASETS_SHOWN = 50;

    /** Approved rounds a dataset page offers to start a run in (the newest). */
    static final int RUNNABLE_ROUNDS_SHOWN = 50;

    private final CatalogService catalog;
    private final PipelineQueries queries;
    private final PipelineCommands commands;
    private final RoundService rounds;
    private final VersionQueries versions;
    private final VersionService versionService;

    DataPages(CatalogService catalog, PipelineQueries queries, PipelineCommands commands, RoundService rounds,
            VersionQueries versions, VersionService versionService) {
        this.catalog = catalog;
        this.queries = queries;
        this.commands = commands;
        this.rounds = rounds;
        this.versions = versions;
        this.versionService = versionService;
    }

    /** A dataset's versions on its page at a time, newest first; 次のページ shows older ones. */
    static final int VERSIONS_SHOWN = 50;

    /** The catalog in id order, {@value #DATASETS_SHOWN} a page (keyset, {@code cursor} in the URL; a forged one 400). */
    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> catalog(@Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        try {
            return HttpResponse.ok(Pages.view("data", user, "data", "データ更新", DataPageViews.catalog(catalog.page(
                    jp.resas.ops.platform.jdbc.Keyset.request(String.valueOf(DATASETS_SHOWN), blank(cursor))),
                    queries.updateLog(20))));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filters", Map.of(), e), Pages.view("data", user, "data", "データ更新",
                    DataPageViews.catalog(new jp.resas.ops.platform.jdbc.Keyset.Page<>(java.util.List.of(),
                            java.util.Optional.empty()), java.util.List.of())));
        }
    }

    @Get(value = "/datasets/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> dataset(@PathVariable String id, @Nullable @QueryValue Integer version,
            @Nullable @QueryValue String cursor, @Nullable Authentication authentication) {
        return page(id, version, blank(cursor), Pages.user(authentication));
    }

    @Post(value = "/datasets/{id}/runs", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> start(@PathVariable String id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            boolean outOfRound = "on".equals(form.get("outOfRound"));
            Long round = outOfRound ? null : roundId(form.get("roundId"));
            if (!outOfRound && round == null) {
                throw new InvalidInputException("roundId", "更新回を選ぶか、「更新回の外で実行する」を選んでください。");
            }
            StartRunRequest body = new StartRunRequest(dataset(id).id().value(), round, blank(form.get("inboxKey")),
                    blank(form.get("referenceDate")), outOfRound);
            long run = commands.start(body, Actors.of(authentication, request)).run().id().value();
            return Pages.seeOther("/portal/approvals/runs/" + run);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("start", form, e), page(id, null, user));
        } catch (NotFoundException e) {
            return Pages.refused(Form.refused("start", form, new InvalidInputException("roundId", e.getMessage())),
                    page(id, null, user));
        }
    }

    @Post(value = "/datasets/{id}/rollback", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> rollback(@PathVariable String id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.APPROVER);
        try {
            String comment = blank(form.get("comment"));
            if (comment == null) {
                throw new InvalidInputException("comment", "戻す理由を書いてください（データ更新一覧に残ります）。");
            }
            versionService.rollback(dataset(id).id(), comment, Actors.of(authentication, request));
            return Pages.seeOther("/portal/data/datasets/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("rollback", form, e), page(id, null, user));
        }
    }

    /** Rounds newest first, {@value #ROUNDS_SHOWN} a page (keyset), narrowed by {@code status} in the URL. */
    @Get(value = "/rounds", produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> rounds(@Nullable @QueryValue String status,
            @Nullable @QueryValue String cursor, @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        Map<String, String> filters = Map.of("status", status == null ? "" : status);
        try {
            return HttpResponse.ok(roundsPage(user, blank(status), blank(cursor)));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filters", filters, e), Pages.view("rounds", user, "data", "更新回",
                    DataPageViews.rounds(new jp.resas.ops.platform.jdbc.Keyset.Page<>(java.util.List.of(),
                            java.util.Optional.empty()), blank(status), null)));
        }
    }

    /**
     * The owner's approval; the form carries the filter and cursor of the page it was on ({@code status},
     * {@code cursor}), so the answer (approved or refused) is that page again, not the first one. Both are checked
     * before anything is approved: a bad status or forged cursor is refused with 400 and approves nothing.
     */
    @Post(value = "/rounds/{id}/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> approveRound(@PathVariable long id, @Nullable @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.APPROVER);
        Map<String, String> fields = form == null ? Map.of() : form;
        String status = blank(fields.get("status"));
        String cursor = blank(fields.get("cursor"));
        ModelAndView<Map<String, Object>> page;
        try {
            page = roundsPage(user, status, cursor);
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filters", Map.of("status", status == null ? "" : status), e),
                    Pages.view("rounds", user, "data", "更新回", DataPageViews.rounds(
                            new jp.resas.ops.platform.jdbc.Keyset.Page<>(java.util.List.of(), java.util.Optional.empty()),
                            null, null)));
        }
        try {
            Pages.found(() -> {
                rounds.approve(id, Actors.of(authentication, request));
                return id;
            });
            return Pages.seeOther(DataPageViews.roundsHref(status, cursor) + "#round-" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("round-" + id, fields, e), page);
        }
    }

    /** データ更新一覧: every publication and rollback, newest first, as the API's update log lists it. */
    @Get(value = "/update-log.csv", produces = "text/csv")
    HttpResponse<String> updateLogCsv(@Nullable Authentication authentication) {
        Pages.user(authentication);
        return csv(DataPageViews.updateLogCsv(queries.updateLog(10_000)), "data-updates.csv");
    }

    /** データ出典一覧: the source of each dataset's current version. */
    @Get(value = "/sources.csv", produces = "text/csv")
    HttpResponse<String> sourcesCsv(@Nullable Authentication authentication) {
        Pages.user(authentication);
        return csv(DataPageViews.sourcesCsv(queries.sources()), "data-sources.csv");
    }

    private static HttpResponse<String> csv(CsvTable table, String name) {
        return HttpResponse.ok(table.toCsv()).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private ModelAndView<Map<String, Object>> roundsPage(PortalUser user, String status, String cursor) {
        if (status != null && !status.equals("DRAFT") && !status.equals("APPROVED")) {
            throw new InvalidInputException("status", "状態は「計画中（承認待ち）」か「承認済み」から選んでください。");
        }
        var page = rounds.rounds(java.util.Optional.ofNullable(status),
                jp.resas.ops.platform.jdbc.Keyset.request(String.valueOf(ROUNDS_SHOWN), cursor));
        return Pages.view("rounds", user, "data", "更新回", DataPageViews.rounds(page, status, cursor));
    }

    private ModelAndView<Map<String, Object>> page(String id, Integer version, PortalUser user) {
        return page(id, version, null, user);
    }

    /**
     * The dataset with one keyset page of its versions, newest first ({@value #VERSIONS_SHOWN} a page; the cursor
     * and the version whose diff is shown both stay in the URL), the diff and its runs.
     */
    private ModelAndView<Map<String, Object>> page(String id, Integer version, String cursor, PortalUser user) {
        Dataset dataset = dataset(id);
        var versions = Pages.paged(() -> this.versions.versions(dataset.id(),
                jp.resas.ops.platform.jdbc.Keyset.request(String.valueOf(VERSIONS_SHOWN), cursor)));
        Integer shown = version != null ? version : this.versions.newestWithRows(dataset.id()).orElse(null);
        jp.resas.ops.dataset.VersionDiff diff = shown == null ? null : Pages.found(() -> this.versions.diff(dataset.id(), shown));
        return Pages.view("dataset", user, "data", "データセット：" + dataset.name(), DataPageViews.dataset(dataset,
                versions.items(), this.versions.rollbackPossible(dataset.id()), cursor,
                versions.nextCursor().orElse(null), diff, queries.runs(dataset.id().value(), 20),
                DataPageViews.runnableRounds(rounds.runnable(dataset.id().value(), RUNNABLE_ROUNDS_SHOWN))));
    }

    private Dataset dataset(String id) {
        return Pages.found(() -> {
            DatasetId key;
            try {
                key = new DatasetId(id);
            } catch (IllegalArgumentException | InvalidInputException e) {
                throw new NotFoundException("データセット「" + id + "」はありません。");
            }
            return catalog.find(key).orElseThrow(() -> new NotFoundException("データセット「" + id + "」はありません。"));
        });
    }

    private static Long roundId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("roundId", "更新回を一覧から選んでください。");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
