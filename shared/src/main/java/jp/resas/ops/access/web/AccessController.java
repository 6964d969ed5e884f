package jp.resas.ops.access.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.LocalDate;
import jp.resas.ops.access.analytics.AnalyticsSummary;
import jp.resas.ops.access.infrastructure.AccessReportService;
import jp.resas.ops.access.infrastructure.AnalyticsImportService;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.QueryPeriods;
import jp.resas.ops.platform.web.CsvAnswers;
import jp.resas.ops.platform.web.Roles;

@Controller("/access")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class AccessController {

    private final AccessReportService reports;
    private final AnalyticsImportService analytics;
    private final Clock clock;

    AccessController(AccessReportService reports, AnalyticsImportService analytics, Clock clock) {
        this.reports = reports;
        this.analytics = analytics;
        this.clock = clock;
    }

    /** A month of RESAS's sites added up, or of one {@code service} (the monitored-system description's id). */
    @Get
    @Produces({"application/json", CsvAnswers.TEXT_CSV})
    HttpResponse<?> month(@Nullable @QueryValue String month, @Nullable @QueryValue String service,
            HttpRequest<?> request) {
        return CsvAnswers.answer(request, reports.month(QueryPeriods.month("month", month),
                LocalDate.now(clock.withZone(CollectionPeriod.JST)), java.util.Optional.ofNullable(service)),
                "access-" + month);
    }

    /** The owner's analytics export (CSV, UTF-8) for a month; replaces an earlier one of that month. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "取り込みました")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @Post(value = "/analytics-export", consumes = {CsvAnswers.TEXT_CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<AnalyticsSummary> importAnalytics(@QueryValue String month, @QueryValue String fileName,
            @Body byte[] content, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(analytics.importMonth(QueryPeriods.month("month", month), fileName, content,
                user.getName(), request.getRemoteAddress().getAddress().getHostAddress()));
    }
}
