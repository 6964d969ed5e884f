package jp.resas.ops.report.web;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalRefusal;
import jp.resas.ops.portal.web.PortalUser;
import jp.resas.ops.report.ReportKind;
import jp.resas.ops.report.ReportRecord;
import jp.resas.ops.report.document.ReportFile;
import jp.resas.ops.report.infrastructure.ReportService;

/**
 * The generated list files (課題管理表, データ更新一覧, データ出典一覧) on a page: the versions the report
 * generator wrote (.docx, .xlsx, the source-data ZIP, the PDF when LibreOffice ran), generating a new one
 * for a month (operator/admin, the same use case as {@code POST /reports}), and downloading a file.
 */
@Controller("/portal/reports")
@Secured(SecurityRule.IS_ANONYMOUS)
class ListFilePages {

    static final List<ReportKind> LISTS = List.of(ReportKind.ISSUES, ReportKind.DATA_UPDATES, ReportKind.DATA_SOURCES);

    private final BeanProvider<ReportService> reports;
    private final Clock clock;

    /** Reports need the object store ({@code resas.attachments.*}); without one the page says so. */
    ListFilePages(BeanProvider<ReportService> reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    record File(String name, String size, String href) {
    }

    record Version(long id, String period, int version, String generatedBy, String generatedAt, String accepted,
            List<File> files) {
    }

    record Kind(String kind, String title, List<Version> versions) {
    }

    record View(boolean configured, List<Kind> kinds, String month) {
    }

    @Get(value = "/lists", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> lists(@Nullable Authentication authentication) {
        return page(Pages.user(authentication));
    }

    @Post(value = "/lists", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> generate(@Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            ReportKind kind = ReportKind.parse("kind", form.getOrDefault("kind", ""));
            if (!LISTS.contains(kind)) {
                throw new InvalidInputException("kind", "一覧表（課題管理表・データ更新一覧・データ出典一覧）を選んでください。");
            }
            String period = form.getOrDefault("period", "").strip();
            ReportRecord made = service().generate(kind, period, Actors.of(authentication, request));
            return Pages.seeOther("/portal/reports/lists#report-" + made.id());
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("generate", form, e), page(user));
        }
    }

    /** A file of a generated report, for whoever may read reports (as {@code GET /reports/{id}/files/{name}}). */
    @Get(value = "/{id}/files/{name}", produces = MediaType.ALL)
    HttpResponse<byte[]> file(@PathVariable long id, @PathVariable String name,
            @Nullable Authentication authentication) {
        Pages.user(authentication);
        ReportFile file = Pages.found(() -> service().file(id, name));
        return HttpResponse.ok(file.content()).contentType(file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ReportController.disposition(service().get(id), file.name()))
                .header("X-Content-Type-Options", "nosniff");
    }

    private ReportService service() {
        if (!reports.isPresent()) {
            throw PortalRefusal.notFound("報告書の保存先が設定されていません。");
        }
        return reports.get();
    }

    private ModelAndView<Map<String, Object>> page(PortalUser user) {
        String month = YearMonth.now(clock.withZone(Jst.ZONE)).toString();
        List<Kind> kinds = !reports.isPresent() ? List.of() : LISTS.stream().map(kind -> new Kind(kind.name(),
                kind.title(), reports.get().list(kind, null).stream().limit(10).map(ListFilePages::version).toList()))
                .toList();
        return Pages.view("report-lists", user, "data", "一覧表（Excel・Word）",
                new View(reports.isPresent(), kinds, month));
    }

    private static Version version(ReportRecord r) {
        return new Version(r.id(), r.period(), r.version(), r.generatedBy(), Jst.at(r.generatedAt()),
                r.acceptedBy() == null ? "未受領" : r.acceptedBy() + " " + Jst.at(r.acceptedAt()),
                r.files().stream().map(f -> new File(f.name(), size(f.size()),
                        "/portal/reports/" + r.id() + "/files/" + java.net.URLEncoder.encode(f.name(),
                                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))).toList());
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : (bytes / 1024) + " KB";
    }
}
