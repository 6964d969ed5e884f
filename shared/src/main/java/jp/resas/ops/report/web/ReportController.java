package jp.resas.ops.report.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.report.ReportKind;
import jp.resas.ops.report.ReportRecord;
import jp.resas.ops.report.document.ReportFile;
import jp.resas.ops.report.infrastructure.ReportService;

@Controller("/reports")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    /** Generates a new version of the report of a kind and period. */
    @Post
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<ReportView> generate(@Body GenerateRequest body, Authentication user, HttpRequest<?> request) {
        if (body.kind() == null) {
            throw new InvalidInputException("kind", "kind を指定してください。");
        }
        if (body.period() == null || body.period().isBlank()) {
            throw new InvalidInputException("period", "period を指定してください。");
        }
        ReportRecord report = reports.generate(ReportKind.parse("kind", body.kind()), body.period().strip(),
                Actors.of(user, request));
        return HttpResponse.created(ReportView.of(report));
    }

    @Get
    Map<String, List<ReportView>> list(@Nullable @QueryValue String kind, @Nullable @QueryValue String period) {
        return Map.of("items", reports.list(kind == null ? null : ReportKind.parse("kind", kind), period).stream()
                .map(ReportView::of).toList());
    }

    @Get("/{id}")
    ReportView get(@PathVariable long id) {
        return ReportView.of(reports.get(id));
    }

    @Get("/{id}/files/{name}")
    HttpResponse<byte[]> file(@PathVariable long id, @PathVariable String name) {
        ReportFile file = reports.file(id, name);
        return HttpResponse.ok(file.content()).contentType(file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(reports.get(id), file.name()))
                .header("X-Content-Type-Options", "nosniff");
    }

    /** The owner's acceptance; never by whoever generated the version. */
    @Post("/{id}/accept")
    @Secured({Roles.APPROVER})
    ReportView accept(@PathVariable long id, @Nullable @Body AcceptRequest body, Authentication user,
            HttpRequest<?> request) {
        return ReportView.of(reports.accept(id, body == null ? null : body.checksum(), Actors.of(user, request)));
    }

    /** RFC 6266: an ASCII fallback built from the kind and period, the Japanese name in {@code filename*}. */
    static String disposition(ReportRecord report, String name) {
        String extension = name.endsWith("_元データ.zip") ? "_data.zip" : name.substring(name.lastIndexOf('.'));
        String ascii = (report.kind().name().toLowerCase() + "_" + report.period() + "_v" + report.version() + extension)
                .replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
