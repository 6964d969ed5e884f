package jp.resas.ops.servicelevel.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.servicelevel.HandlingRow;
import jp.resas.ops.servicelevel.SatisfactionRow;
import jp.resas.ops.servicelevel.infrastructure.ServiceLevelService;

/** サービスレベル figures: satisfaction per month and channel, handling times with their 12-month trend. */
@Controller("/service-level")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class ServiceLevelController {

    private final ServiceLevelService service;
    private final Clock clock;

    ServiceLevelController(ServiceLevelService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Get("/satisfaction")
    Map<String, List<SatisfactionRow>> satisfaction(@Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        YearMonth last = to == null ? thisMonth() : month("to", to);
        YearMonth first = from == null ? last.minusMonths(11) : month("from", from);
        return Map.of("items", service.satisfaction(first, last));
    }

    @Get("/handling-times")
    Map<String, List<HandlingRow>> handlingTimes(@Nullable @QueryValue String month) {
        return Map.of("items", service.handlingTimes(month == null ? thisMonth() : month("month", month)));
    }

    private YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atOffset(BusinessCalendar.JST));
    }

    static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, field + " は YYYY-MM 形式で指定してください。");
        }
    }
}
