package jp.resas.ops.cost.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.math.BigDecimal;
import java.util.List;
import jp.resas.ops.cost.BudgetPlan;
import jp.resas.ops.cost.infrastructure.BudgetPlanService;
import jp.resas.ops.platform.web.Roles;

/** Budget thresholds per month ({@code default}: every month); administrators set them. */
@Controller("/costs/budgets")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class BudgetController {

    static final String EVERY_MONTH = "default";

    private final BudgetPlanService budgets;

    BudgetController(BudgetPlanService budgets) {
        this.budgets = budgets;
    }

    record BudgetRequest(@Nullable List<BigDecimal> thresholds, @Nullable String unit) {
    }

    @Get
    jp.resas.ops.platform.web.ListPage<BudgetPlan> all(@Nullable @io.micronaut.http.annotation.QueryValue String limit,
            @Nullable @io.micronaut.http.annotation.QueryValue String cursor) {
        return jp.resas.ops.platform.web.ListPage.of(budgets.page(jp.resas.ops.platform.jdbc.Keyset.request(limit, cursor)));
    }

    @Put("/{month}")
    @Secured(Roles.ADMIN)
    BudgetPlan replace(@PathVariable String month, @Body BudgetRequest request, Authentication user,
            HttpRequest<?> http) {
        return budgets.replace(new BudgetPlan(EVERY_MONTH.equals(month) ? BudgetPlan.EVERY_MONTH : month,
                request.thresholds(), request.unit() == null ? "USD" : request.unit()), user.getName(),
                http.getRemoteAddress().getAddress().getHostAddress());
    }
}
