package jp.resas.ops.monitoring.metrics.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.time.LocalDate;
import jp.resas.ops.monitoring.metrics.infrastructure.MetricsReportService;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.QueryPeriods;
import jp.resas.ops.platform.web.CsvAnswers;
import jp.resas.ops.platform.web.Roles;

@Controller("/monitoring")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class MetricsController {

    private final MetricsReportService reports;
    private final Clock clock;

    MetricsController(MetricsReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Get("/metrics")
    @Produces({"application/json", CsvAnswers.TEXT_CSV})
    HttpResponse<?> metrics(@Nullable @QueryValue String from, @Nullable @QueryValue String to, HttpRequest<?> request) {
        return CsvAnswers.answer(request, reports.metrics(QueryPeriods.days(from, to)), "metrics-" + from + "-" + to);
    }

    @Get("/availability")
    @Produces({"application/json", CsvAnswers.TEXT_CSV})
    HttpResponse<?> availability(@Nullable @QueryValue String month, HttpRequest<?> request) {
        return CsvAnswers.answer(request, reports.availability(QueryPeriods.month("month", month),
                LocalDate.now(clock.withZone(CollectionPeriod.JST))), "availability-" + month);
    }
}
