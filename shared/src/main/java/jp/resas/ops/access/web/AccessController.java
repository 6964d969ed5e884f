package jp.resas.ops.access.web;

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
import jp.resas.ops.access.infrastructure.AccessReportService;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.QueryPeriods;
import jp.resas.ops.platform.web.CsvAnswers;
import jp.resas.ops.platform.web.Roles;

@Controller("/access")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class AccessController {

    private final AccessReportService reports;
    private final Clock clock;

    AccessController(AccessReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Get
    @Produces({"application/json", CsvAnswers.TEXT_CSV})
    HttpResponse<?> month(@Nullable @QueryValue String month, HttpRequest<?> request) {
        return CsvAnswers.answer(request, reports.month(QueryPeriods.month("month", month),
                LocalDate.now(clock.withZone(CollectionPeriod.JST))), "access-" + month);
    }
}
