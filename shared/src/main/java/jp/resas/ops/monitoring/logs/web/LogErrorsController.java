package jp.resas.ops.monitoring.logs.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jp.resas.ops.monitoring.logs.infrastructure.LogErrorsReportService;
import jp.resas.ops.monitoring.runs.QueryPeriods;
import jp.resas.ops.platform.web.CsvAnswers;
import jp.resas.ops.platform.web.Roles;

@Controller("/monitoring/errors")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class LogErrorsController {

    private final LogErrorsReportService reports;

    LogErrorsController(LogErrorsReportService reports) {
        this.reports = reports;
    }

    @Get
    @Produces({"application/json", CsvAnswers.TEXT_CSV})
    HttpResponse<?> errors(@Nullable @QueryValue String from, @Nullable @QueryValue String to, HttpRequest<?> request) {
        return CsvAnswers.answer(request, reports.errors(QueryPeriods.days(from, to)), "errors-" + from + "-" + to);
    }
}
