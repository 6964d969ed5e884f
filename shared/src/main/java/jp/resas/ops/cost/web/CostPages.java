package jp.resas.ops.cost.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.cost.infrastructure.CostReportService;
import jp.resas.ops.monitoring.runs.QueryPeriods;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * Costs of a month (by service, the daily totals as a chart with its table, the month-end forecast and the
 * budgets' state) for everyone; the budgets themselves are set in {@link BudgetPages}.
 */
@Controller("/portal/costs")
@Secured(SecurityRule.IS_ANONYMOUS)
class CostPages {

    private final CostReportService costs;
    private final Clock clock;

    CostPages(CostReportService costs, Clock clock) {
        this.costs = costs;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> month(@Nullable @QueryValue String month,
            @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        String shown = month == null || month.isBlank() ? YearMonth.now(clock.withZone(Jst.ZONE)).toString() : month.strip();
        try {
            return HttpResponse.ok(Pages.view("costs", user, "monitoring", "コスト",
                    CostPageViews.of(costs.month(QueryPeriods.month("month", shown)))));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("month", Map.of("month", shown), e), Pages.view("costs", user, "monitoring",
                    "コスト", CostPageViews.empty(shown)));
        }
    }
}
