package jp.resas.ops.calendaradmin.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import jp.resas.ops.calendaradmin.infrastructure.CalendarAdminService;
import jp.resas.ops.calendaradmin.infrastructure.ClosedDays;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * The administrator's calendar page: business hours, extra closed days, and the Cabinet Office holiday
 * file, through the same {@link CalendarAdminService} the {@code /calendar} API calls.
 */
@Controller("/portal/settings/calendar")
@Secured(SecurityRule.IS_ANONYMOUS)
class CalendarPages {

    /** The Cabinet Office file is about 20 KB; anything far larger is not it. */
    static final long MAX_FILE = 1024 * 1024;

    /** Closed days on the page at a time, the latest first; 次のページ shows earlier ones. */
    static final int CLOSED_DAYS_SHOWN = 50;

    private final CalendarAdminService calendar;
    private final ClosedDays closedDays;

    CalendarPages(CalendarAdminService calendar, ClosedDays closedDays) {
        this.calendar = calendar;
        this.closedDays = closedDays;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> settings(@Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        return page(Pages.require(authentication, Roles.ADMIN), cursor == null || cursor.isBlank() ? null : cursor);
    }

    @Post(value = "/hours", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> hours(@Body Map<String, String> form, @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        try {
            long version;
            try {
                version = Long.parseLong(form.getOrDefault("version", "").strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("version", "version (取得時の版) が正しくありません。");
            }
            calendar.setHours(time("opening", form), time("closing", form), version, Actors.of(authentication, request));
            return Pages.seeOther("/portal/settings/calendar");
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("hours", form, e), page(user));
        }
    }

    @Post(value = "/closed-days", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> close(@Body Map<String, String> form, @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        try {
            String reason = form.getOrDefault("reason", "").strip();
            calendar.closeDay(CalendarInput.day(form.getOrDefault("day", "").strip()), reason.isEmpty() ? null : reason,
                    Actors.of(authentication, request));
            return Pages.seeOther("/portal/settings/calendar");
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("close", form, e), page(user));
        }
    }

    @Post(value = "/closed-days/{day}/reopen", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> reopen(@PathVariable String day, @Nullable @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        try {
            Pages.found(() -> calendar.reopenDay(CalendarInput.day(day), Actors.of(authentication, request)));
            return Pages.seeOther("/portal/settings/calendar");
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("reopen", Map.of(), e), page(user));
        }
    }

    @Post(value = "/holidays", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    HttpResponse<?> holidays(@Nullable CompletedFileUpload file, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        try {
            if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
                throw new InvalidInputException("file", "内閣府の「国民の祝日」CSV ファイルを選んでください。");
            }
            if (file.getSize() > MAX_FILE) {
                throw new InvalidInputException("file", "ファイルが大きすぎます（1 MB まで）。内閣府の syukujitsu.csv を選んでください。");
            }
            calendar.importHolidays(file.getBytes(), file.getFilename(), Actors.of(authentication, request));
            return Pages.seeOther("/portal/settings/calendar");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("holidays", Map.of(), e), page(user));
        }
    }

    private ModelAndView<Map<String, Object>> page(PortalUser user) {
        return page(user, null);
    }

    /** The settings with one page of the closed days, the latest first ({@value #CLOSED_DAYS_SHOWN} a page). */
    private ModelAndView<Map<String, Object>> page(PortalUser user, String cursor) {
        var days = Pages.paged(() -> closedDays.page(Keyset.request(String.valueOf(CLOSED_DAYS_SHOWN), cursor)));
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        days.items().forEach(d -> shown.put(d.day().toString(), d.reason()));
        CalendarView settings = CalendarView.of(calendar.settings());
        return Pages.view("calendar", user, "settings", "開庁日・業務時間", new PageView(settings.version(),
                settings.opening(), settings.closing(), shown, settings.holidaySource(), days.nextCursor()
                        .map(c -> "/portal/settings/calendar?cursor=" + URLEncoder.encode(c, StandardCharsets.UTF_8)
                                + "#closed-heading").orElse(null)));
    }

    /** What the page shows: the settings and one page of the closed days; {@code nextHref} the earlier days. */
    record PageView(long version, String opening, String closing, Map<String, String> closedDays,
            String holidaySource, String nextHref) {
    }

    private static LocalTime time(String field, Map<String, String> form) {
        try {
            return LocalTime.parse(form.getOrDefault(field, "").strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "時刻は 08:30 のように HH:mm で入力してください。");
        }
    }
}
