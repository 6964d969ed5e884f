package jp.resas.ops.backup.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.backup.BackupJob;
import jp.resas.ops.backup.JobKind;
import jp.resas.ops.backup.JobQuery;
import jp.resas.ops.backup.infrastructure.BackupService;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;
import jp.resas.ops.portal.web.TableWorkbook;

/**
 * バックアップ pages: the collected AWS Backup jobs with their filters (keyset pages of 50, the same query as
 * {@code GET /backups/jobs}) and the .xlsx export with the same filters.
 */
@Controller("/portal/backups")
@Secured(SecurityRule.IS_ANONYMOUS)
class BackupPages {

    private static final List<String> FILTERS = List.of("kind", "state", "account", "failed");

    private final BackupService service;

    BackupPages(BackupService service) {
        this.service = service;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> list(@Nullable @QueryValue String kind, @Nullable @QueryValue String state,
            @Nullable @QueryValue String account, @Nullable @QueryValue String failed,
            @Nullable @QueryValue String cursor, @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        Map<String, String> filters = PageQueries.filters(FILTERS, kind, state, account, failed);
        try {
            Keyset.Page<BackupJob> page = service.jobs(query(filters), Keyset.request("50", cursor));
            String query = PageQueries.query(filters, null);
            return HttpResponse.ok(view(user, new BackupPageViews.ListPage<>(filters,
                    page.items().stream().map(BackupPageViews.JobRow::of).toList(),
                    page.nextCursor().map(c -> "/portal/backups?" + PageQueries.query(filters, c)).orElse(null),
                    "/portal/backups/export.xlsx" + (query.isEmpty() ? "" : "?" + query))));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filter", filters, e), view(user,
                    new BackupPageViews.ListPage<>(filters, List.of(), null, null)));
        }
    }

    /** The jobs as .xlsx with the same filters, every page. */
    @Get(value = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<byte[]> export(@Nullable @QueryValue String kind, @Nullable @QueryValue String state,
            @Nullable @QueryValue String account, @Nullable @QueryValue String failed,
            @Nullable Authentication authentication) {
        Pages.user(authentication);
        JobQuery query = query(PageQueries.filters(FILTERS, kind, state, account, failed));
        List<List<String>> rows = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Keyset.Page<BackupJob> page = service.jobs(query, Keyset.request(String.valueOf(Keyset.MAX_LIMIT),
                    cursor.orElse(null)));
            page.items().forEach(j -> rows.add(BackupPageViews.JobRow.of(j).cells()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return TableWorkbook.download(TableWorkbook.write("バックアップジョブ一覧", "バックアップジョブ一覧",
                BackupPageViews.JOB_HEADINGS, rows), "backup-jobs.xlsx", "バックアップジョブ一覧.xlsx");
    }

    /** The page, with the protected resources that had no backup job in 7 days above the jobs, whatever the filters. */
    private io.micronaut.views.ModelAndView<Map<String, Object>> view(PortalUser user,
            BackupPageViews.ListPage<BackupPageViews.JobRow> page) {
        io.micronaut.views.ModelAndView<Map<String, Object>> view = Pages.view("backups", user, "security", "バックアップ",
                page);
        List<BackupPageViews.UnbackedRow> unbacked = service.unbacked().stream().map(BackupPageViews.UnbackedRow::of)
                .toList();
        view.getModel().ifPresent(model -> model.put("unbacked", unbacked));
        return view;
    }

    private static JobQuery query(Map<String, String> f) {
        return new JobQuery(Optional.ofNullable(f.get("kind")).map(k -> Texts.oneOf("kind", k, JobKind.class)),
                Optional.ofNullable(Texts.optional("state", f.get("state"), 30)),
                Optional.ofNullable(Texts.optional("account", f.get("account"), 100)),
                Flags.of("failed", f.get("failed")));
    }
}
