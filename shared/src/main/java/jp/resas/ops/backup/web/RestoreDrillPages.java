package jp.resas.ops.backup.web;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.backup.RestoreDrill;
import jp.resas.ops.backup.infrastructure.BackupService;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;
import jp.resas.ops.portal.web.TableWorkbook;

/**
 * リストア訓練 pages: the drills (status filter, keyset pages of 50) and their .xlsx export, planning a drill
 * and recording its result (operators), one drill with its RTO/RPO figures and the approver's sign-off; a
 * refusal (bad input, segregation of duties, a stale version, the verification still running) is shown on the
 * page with its status and what was typed, through the same use cases as the API.
 */
@Controller("/portal/restore-drills")
@Secured(SecurityRule.IS_ANONYMOUS)
class RestoreDrillPages {

    private static final List<String> FILTERS = List.of("status");

    private final BackupService service;

    RestoreDrillPages(BackupService service) {
        this.service = service;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> list(@Nullable @QueryValue String status, @Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        Map<String, String> filters = PageQueries.filters(FILTERS, status);
        try {
            Keyset.Page<RestoreDrill> page = service.drills(status(filters), Keyset.request("50", cursor));
            String query = PageQueries.query(filters, null);
            return HttpResponse.ok(view(user, new BackupPageViews.ListPage<>(filters,
                    page.items().stream().map(BackupPageViews.DrillRow::of).toList(),
                    page.nextCursor().map(c -> "/portal/restore-drills?" + PageQueries.query(filters, c)).orElse(null),
                    "/portal/restore-drills/export.xlsx" + (query.isEmpty() ? "" : "?" + query))));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filter", filters, e), view(user,
                    new BackupPageViews.ListPage<>(filters, List.of(), null, null)));
        }
    }

    /** A drill planned by hand (operators and admins, as {@code POST /restore-drills}). */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> plan(@Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        return Pages.submit("plan", form, PLAN_LABELS, () -> {
            DrillForms.Plan plan = DrillForms.plan(form);
            return "/portal/restore-drills/" + service.plan(plan.title(), plan.plannedFor(), plan.resourceArn(),
                    plan.rtoTargetMinutes(), Actors.of(authentication, request)).id();
        }, () -> {
            Map<String, String> filters = Map.of();
            Keyset.Page<RestoreDrill> page = service.drills(Optional.empty(), Keyset.request("50", null));
            return view(user, new BackupPageViews.ListPage<>(filters,
                    page.items().stream().map(BackupPageViews.DrillRow::of).toList(),
                    page.nextCursor().map(c -> "/portal/restore-drills?" + PageQueries.query(filters, c)).orElse(null),
                    "/portal/restore-drills/export.xlsx"));
        });
    }

    /** The drills as .xlsx with the same filter, every page. */
    @Get(value = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<byte[]> export(@Nullable @QueryValue String status, @Nullable Authentication authentication) {
        Pages.user(authentication);
        Optional<RestoreDrill.Status> query = status(PageQueries.filters(FILTERS, status));
        List<List<String>> rows = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Keyset.Page<RestoreDrill> page = service.drills(query, Keyset.request(String.valueOf(Keyset.MAX_LIMIT),
                    cursor.orElse(null)));
            page.items().forEach(d -> rows.add(BackupPageViews.DrillRow.of(d).cells()));
            cursor = page.nextCursor();
        } while (cursor.isPresent());
        return TableWorkbook.download(TableWorkbook.write("リストア訓練一覧", "リストア訓練一覧",
                BackupPageViews.DRILL_HEADINGS, rows), "restore-drills.xlsx", "リストア訓練一覧.xlsx");
    }

    @Get(value = "/{id:[0-9]+}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> drill(@PathVariable long id, @Nullable Authentication authentication) {
        return page(id, Pages.user(authentication));
    }

    @Post(value = "/{id:[0-9]+}/sign-off", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> signOff(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.APPROVER);
        return Pages.submit("sign-off", form, Map.of("note", "所見"), () -> {
            service.signOff(id, DrillForms.version(form.get("version")), Texts.optional("note", form.get("note"), 2000),
                    Actors.of(authentication, request));
            return "/portal/restore-drills/" + id;
        }, () -> page(id, user));
    }

    /** A planned drill's result, recorded once (operators and admins, as {@code POST /restore-drills/{id}/result}). */
    @Post(value = "/{id:[0-9]+}/result", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> record(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        return Pages.submit("result", form, RESULT_LABELS, () -> {
            service.record(id, DrillForms.version(form.get("version")), DrillForms.result(form, user.name()),
                    Actors.of(authentication, request));
            return "/portal/restore-drills/" + id;
        }, () -> page(id, user));
    }

    /** The plan form's labels, for its error messages. */
    static final Map<String, String> PLAN_LABELS = Map.of("title", "件名", "plannedFor", "予定日", "resourceArn",
            "復元するリソース", "rtoTargetMinutes", "目標復旧時間");
    /** The result form's labels, for its error messages. */
    static final Map<String, String> RESULT_LABELS = Map.of("performedBy", "実施者", "startedAt", "復元開始日時",
            "completedAt", "復元完了日時", "recoveryPointArn", "復旧ポイント", "recoveryPointAt", "復旧ポイントの作成日時",
            "restoreJobId", "リストアジョブの番号", "verification", "検証の結果", "note", "検証の内容");

    private ModelAndView<Map<String, Object>> page(long id, PortalUser user) {
        RestoreDrill drill = Pages.found(() -> service.drill(id));
        return Pages.view("restore-drill", user, "security", "リストア訓練 #" + id,
                BackupPageViews.DrillDetail.of(drill));
    }

    private static ModelAndView<Map<String, Object>> view(PortalUser user,
            BackupPageViews.ListPage<BackupPageViews.DrillRow> page) {
        return Pages.view("restore-drills", user, "security", "リストア訓練", page);
    }

    private static Optional<RestoreDrill.Status> status(Map<String, String> filters) {
        return Optional.ofNullable(filters.get("status")).map(s -> Texts.oneOf("status", s, RestoreDrill.Status.class));
    }
}
