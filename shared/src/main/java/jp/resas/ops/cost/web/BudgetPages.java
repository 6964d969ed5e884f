package jp.resas.ops.cost.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.cost.BudgetPlan;
import jp.resas.ops.cost.infrastructure.BudgetPlanService;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/** The administrator's budget settings: thresholds per month or for every month, as {@code PUT /costs/budgets} sets them. */
@Controller("/portal/settings/budgets")
@Secured(SecurityRule.IS_ANONYMOUS)
class BudgetPages {

    /** Budgets (months) on the page at a time; 次のページ shows later months. */
    static final int BUDGETS_SHOWN = 50;

    private final BudgetPlanService budgets;

    BudgetPages(BudgetPlanService budgets) {
        this.budgets = budgets;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> budgets(@Nullable @io.micronaut.http.annotation.QueryValue String cursor,
            @Nullable Authentication authentication) {
        return budgetPage(Pages.require(authentication, Roles.ADMIN), cursor == null || cursor.isBlank() ? null : cursor);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> replace(@Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        try {
            String month = form.getOrDefault("month", "").strip();
            BudgetPlan plan = new BudgetPlan(month.isEmpty() || month.equals(BudgetController.EVERY_MONTH)
                    ? BudgetPlan.EVERY_MONTH : month, thresholds(form.get("thresholds")),
                    form.getOrDefault("unit", "").isBlank() ? "USD" : form.get("unit").strip());
            budgets.replace(plan, user.name(), Actors.of(authentication, request).source());
            return Pages.seeOther("/portal/settings/budgets");
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("budget", form, e), budgetPage(user));
        }
    }

    private ModelAndView<Map<String, Object>> budgetPage(PortalUser user) {
        return budgetPage(user, null);
    }

    /** One keyset page of the budgets by month ({@value #BUDGETS_SHOWN} months; every month's {@code *} first). */
    private ModelAndView<Map<String, Object>> budgetPage(PortalUser user, String cursor) {
        var page = Pages.paged(() -> budgets.page(jp.resas.ops.platform.jdbc.Keyset.request(
                String.valueOf(BUDGETS_SHOWN), cursor)));
        return Pages.view("budgets", user, "settings", "予算", new PageView(page.items().stream()
                .map(CostPageViews.Budget::of).toList(), page.nextCursor().map(c -> "/portal/settings/budgets?cursor="
                        + java.net.URLEncoder.encode(c, java.nio.charset.StandardCharsets.UTF_8)).orElse(null)));
    }

    /** One page of budgets; {@code nextHref} the later months, null on the last page. */
    record PageView(List<CostPageViews.Budget> budgets, String nextHref) {
    }

    /** "100, 150.5" → the thresholds; empty removes the month's budget. */
    static List<BigDecimal> thresholds(String text) {
        List<BigDecimal> values = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                values.add(new BigDecimal(part.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("thresholds", "しきい値は半角の数をカンマ区切りで入力してください（"
                        + part.strip() + " は数として読めません）。");
            }
        }
        return values;
    }
}
