package jp.resas.ops.calendaradmin.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.Map;
import jp.resas.ops.calendaradmin.infrastructure.CalendarAdminService;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;

/** Business hours, extra closed days and the holiday file; changes by administrators only. */
@Controller("/calendar")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class CalendarController {

    private final CalendarAdminService calendar;

    CalendarController(CalendarAdminService calendar) {
        this.calendar = calendar;
    }

    @Get
    CalendarView get() {
        return CalendarView.of(calendar.settings());
    }

    /** Body: {@code {"opening": "08:30", "closing": "17:15", "version": n}}. */
    @Put("/hours")
    @Secured(Roles.ADMIN)
    CalendarView hours(@Body Map<String, Object> body, Authentication user, HttpRequest<?> request) {
        return CalendarView.of(calendar.setHours(CalendarInput.time(body, "opening"), CalendarInput.time(body, "closing"),
                CalendarInput.version(body), Actors.of(user, request)));
    }

    /** Body: {@code {"reason": "庁舎停電"}}. */
    @Put("/closed-days/{day}")
    @Secured(Roles.ADMIN)
    CalendarView close(@PathVariable String day, @Body ClosedDay body, Authentication user,
            HttpRequest<?> request) {
        return CalendarView.of(calendar.closeDay(CalendarInput.day(day), body.reason(), Actors.of(user, request)));
    }

    /** Why the office is closed that day. */
    record ClosedDay(@io.micronaut.core.annotation.Nullable String reason) {
    }

    @Delete("/closed-days/{day}")
    @Secured(Roles.ADMIN)
    CalendarView reopen(@PathVariable String day, Authentication user, HttpRequest<?> request) {
        return CalendarView.of(calendar.reopenDay(CalendarInput.day(day), Actors.of(user, request)));
    }

    /** The Cabinet Office CSV as the raw body (Shift_JIS or UTF-8); {@code name} is kept as its source. */
    @Post("/holidays")
    @Consumes({MediaType.TEXT_PLAIN, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @Secured(Roles.ADMIN)
    CalendarView importHolidays(@Body byte[] file, @QueryValue(defaultValue = "syukujitsu.csv") String name,
            Authentication user, HttpRequest<?> request) {
        return CalendarView.of(calendar.importHolidays(file, name, Actors.of(user, request)));
    }
}
