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
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.monitored.MonitoredService;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitoring.metrics.infrastructure.MetricsReportService;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.QueryPeriods;
import jp.resas.ops.platform.web.CsvAnswers;
import jp.resas.ops.platform.web.Roles;

@Controller("/monitoring")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class MetricsController {

    private final MetricsReportService reports;
    private final MonitoredSystem system;
    private final Clock clock;

    MetricsController(MetricsReportService reports, MonitoredSystem system, Clock clock) {
        this.reports = reports;
        this.system = system;
        this.clock = clock;
    }

    @Get("/metrics")
    @Produces({"application/json", CsvAnswers.TEXT_CSV})
    HttpResponse<?> metrics(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue String service, HttpRequest<?> request) {
        CollectionPeriod days = QueryPeriods.days(from, to);
        return CsvAnswers.answer(request, reports.metrics(days, Optional.ofNullable(service).map(this::known)
                .map(MonitoredService::id)), "metrics-" + from + "-" + to);
    }

    @Get("/availability")
    @Produces({"application/json", CsvAnswers.TEXT_CSV})
    HttpResponse<?> availability(@Nullable @QueryValue String month, @Nullable @QueryValue String service,
            HttpRequest<?> request) {
        YearMonth period = QueryPeriods.month("month", month);
        LocalDate today = LocalDate.now(clock.withZone(CollectionPeriod.JST));
        if (service == null) {
            return HttpResponse.ok(Map.of("month", period.toString(), "services", reports.availability(period, today)));
        }
        MonitoredService measured = known(service);
        if (measured.availability().isEmpty() && !measured.equals(system.opsPlatform())) {
            throw new InvalidInputException("service", "サービス " + service + " には稼働率の測定方法が定義されていません");
        }
        return CsvAnswers.answer(request, reports.availability(period, today, measured),
                "availability-" + service + "-" + month);
    }

    private MonitoredService known(String service) {
        return system.service(service).orElseThrow(() -> new InvalidInputException("service",
                "service は監視対象の記述にあるサービス ID を指定してください（" + String.join(", ",
                        system.allServices().stream().map(MonitoredService::id).toList()) + "）"));
    }
}
