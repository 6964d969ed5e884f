package jp.resas.ops.dashboard.web;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.access.infrastructure.AccessReportService;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.monitoring.logs.infrastructure.LogErrorsReportService;
import jp.resas.ops.monitoring.metrics.infrastructure.MetricsReportService;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.QueryPeriods;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * One month of the monitored system, read through the same report services as {@code /monitoring/*} and
 * {@code /access}: availability per service against its target, errors per day, each metric's peak
 * against its threshold (headroom), and access per day; each chart has its figures as a table.
 */
@Controller("/portal/monitoring")
@Secured(SecurityRule.IS_ANONYMOUS)
class MonitoringPages {

    private final MetricsReportService metrics;
    private final LogErrorsReportService errors;
    private final AccessReportService access;
    private final Clock clock;

    MonitoringPages(MetricsReportService metrics, LogErrorsReportService errors, AccessReportService access, Clock clock) {
        this.metrics = metrics;
        this.errors = errors;
        this.access = access;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> month(@Nullable @QueryValue String month,
            @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        LocalDate today = LocalDate.now(clock.withZone(Jst.ZONE));
        String shown = month == null || month.isBlank() ? YearMonth.from(today).toString() : month.strip();
        try {
            YearMonth period = QueryPeriods.month("month", shown);
            CollectionPeriod days = CollectionPeriod.month(period);
            return HttpResponse.ok(Pages.view("monitoring", user, "monitoring", "監視", MonitoringPageViews.of(shown,
                    metrics.availability(period, today), errors.errors(days), metrics.metrics(days, Optional.empty()),
                    access.month(period, today))));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("month", Map.of("month", shown), e),
                    Pages.view("monitoring", user, "monitoring", "監視", MonitoringPageViews.empty(shown)));
        }
    }
}
