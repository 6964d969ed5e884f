package jp.resas.ops.cost.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import jp.resas.ops.cost.infrastructure.CostReportService;
import jp.resas.ops.monitoring.runs.QueryPeriods;
import jp.resas.ops.platform.web.CsvAnswers;
import jp.resas.ops.platform.web.Roles;

@Controller("/costs")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class CostController {

    private final CostReportService costs;

    CostController(CostReportService costs) {
        this.costs = costs;
    }

    @Get
    @Produces({"application/json", CsvAnswers.TEXT_CSV})
    HttpResponse<?> month(@Nullable @QueryValue String month, HttpRequest<?> request) {
        return CsvAnswers.answer(request, costs.month(QueryPeriods.month("month", month)), "costs-" + month);
    }
}
