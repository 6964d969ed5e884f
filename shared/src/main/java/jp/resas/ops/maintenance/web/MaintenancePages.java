package jp.resas.ops.maintenance.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.SaneDates;
import jp.resas.ops.common.Texts;
import jp.resas.ops.maintenance.MaintenanceWindow;
import jp.resas.ops.maintenance.NewWindow;
import jp.resas.ops.maintenance.infrastructure.MaintenanceService;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * Maintenance windows: the recent ones, planning one (operators), one window with the alarms raised during
 * it, and cancelling it (the one change the rules allow once planned), through the API's service.
 */
@Controller("/portal/maintenance")
@Secured(SecurityRule.IS_ANONYMOUS)
class MaintenancePages {

    private final MaintenanceService windows;

    MaintenancePages(MaintenanceService windows) {
        this.windows = windows;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(@Nullable Authentication authentication) {
        return listPage(Pages.user(authentication));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> plan(@Body Map<String, String> form, @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            List<String> services = lines(form.get("services"));
            NewWindow window = new NewWindow(form.get("title"),
                    Texts.oneOf("kind", form.getOrDefault("kind", ""), MaintenanceWindow.Kind.class), services,
                    patterns(form.get("alarmPatterns")), at("startsAt", form.get("startsAt")), at("endsAt", form.get("endsAt")));
            long id = windows.schedule(window, Actors.of(authentication, request));
            return Pages.seeOther("/portal/maintenance/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("plan", form, e), listPage(user));
        }
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> window(@PathVariable long id, @Nullable Authentication authentication) {
        return page(id, Pages.user(authentication));
    }

    @Post(value = "/{id}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> cancel(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        ModelAndView<Map<String, Object>> page = page(id, user);
        try {
            long version;
            try {
                version = Long.parseLong(form.getOrDefault("version", "").strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("version", "version (取得時の版) が正しくありません。");
            }
            windows.cancel(id, version, Actors.of(authentication, request));
            return Pages.seeOther("/portal/maintenance/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("cancel", form, e), page);
        }
    }

    private ModelAndView<Map<String, Object>> listPage(PortalUser user) {
        return Pages.view("maintenance", user, "maintenance", "メンテナンス",
                windows.recent(100).stream().map(MaintenancePageViews.Row::of).toList());
    }

    private ModelAndView<Map<String, Object>> page(long id, PortalUser user) {
        MaintenanceWindow window = Pages.found(() -> windows.get(id));
        return Pages.view("maintenance-window", user, "maintenance", "メンテナンス #" + id, MaintenancePageViews.detail(window));
    }

    /** A datetime-local value, in Japan time. */
    static Instant at(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "日時を入力してください（例：2026-06-06T22:00、日本時間）。");
        }
        try {
            return SaneDates.instant(field, LocalDateTime.parse(value.strip()).atZone(Jst.ZONE).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "日時は 2026-06-06T22:00 の形式（日本時間）で入力してください。");
        }
    }

    /** One service per line, blank lines ignored. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Lines "サービス: パターン1, パターン2"; nothing typed means every alarm inside the window counts. */
    static Map<String, List<String>> patterns(String text) {
        Map<String, List<String>> patterns = new LinkedHashMap<>();
        int number = 0;
        for (String line : (text == null ? "" : text).split("\\R")) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InvalidInputException("alarmPatterns", number + " 行目：「サービス: アラーム名のパターン, ...」の形で"
                        + "書いてください（" + line.strip() + "）。");
            }
            List<String> names = new ArrayList<>();
            for (String pattern : line.substring(colon + 1).split(",")) {
                if (!pattern.isBlank()) {
                    names.add(pattern.strip());
                }
            }
            patterns.computeIfAbsent(line.substring(0, colon).strip(), s -> new ArrayList<>()).addAll(names);
        }
        return patterns;
    }
}
