package jp.resas.ops.devschedule.web;

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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.devschedule.DevItemChange;
import jp.resas.ops.devschedule.DevStatus;
import jp.resas.ops.devschedule.Milestone;
import jp.resas.ops.devschedule.MilestoneDates;
import jp.resas.ops.devschedule.infrastructure.DevScheduleService;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * 開発スケジュール on pages (issue 19): every menu and function under development with its milestones
 * (planned and actual), status, progress and what slipped since last week; operators add an item with its
 * milestones (as {@code POST /dev-schedule}) and update an item's status, progress and milestone dates
 * through the same service as {@code PUT /dev-schedule/{id}}.
 */
@Controller("/portal/schedule")
@Secured(SecurityRule.IS_ANONYMOUS)
class DevSchedulePages {

    private final DevScheduleService schedule;
    private final Clock clock;

    DevSchedulePages(DevScheduleService schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    record Option(String value, String label) {
    }

    record View(String asOf, List<ScheduleLineView> items, ScheduleLineView item, List<Option> statuses) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(@Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        LocalDate today = today();
        return Pages.view("schedule", user, "meetings", "開発スケジュール", new View(today.toString(),
                schedule.asOf(today).stream().map(ScheduleLineView::of).toList(), null, statuses()));
    }

    /** A blank item: name, kind, description, status, progress, change requests and the four milestones. */
    record NewView(List<Option> kinds, List<Option> statuses, List<Option> milestones) {
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newItem(@Nullable Authentication authentication) {
        return newPage(Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN));
    }

    /** Adds an item (a menu or function under development) with its milestones; refusals beside the field. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> add(@Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            String kind = form.get("kind");
            String status = form.get("status");
            long id = schedule.add(new DevItemChange(form.get("name"),
                    kind == null || kind.isBlank() ? null : Texts.oneOf("kind", kind, jp.resas.ops.devschedule.DevItemKind.class),
                    blankToNull(form.get("description")),
                    status == null || status.isBlank() ? null : Texts.oneOf("status", status, DevStatus.class),
                    progress(form.get("progress")), dates(form), changeRequests(form.get("changeRequests"))),
                    Actors.of(authentication, request));
            return Pages.seeOther("/portal/schedule#item-" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("add", form, e), newPage(user));
        }
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> item(@PathVariable long id, @Nullable Authentication authentication) {
        return page(id, Pages.user(authentication));
    }

    /** Status, progress and the milestones' dates; name, kind, description and change requests stay. */
    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> update(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            ScheduleLineView now = line(id);
            Map<Milestone, MilestoneDates> dates = dates(form);
            String status = form.get("status");
            schedule.update(id, version(form.get("version")), new DevItemChange(now.name(),
                    jp.resas.ops.devschedule.DevItemKind.valueOf(now.kind()), now.description(),
                    status == null || status.isBlank() ? null : Texts.oneOf("status", status, DevStatus.class),
                    progress(form.get("progress")), dates, now.changeRequests()), Actors.of(authentication, request));
            return Pages.seeOther("/portal/schedule#item-" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("update", form, e), page(id, user));
        }
    }

    private ModelAndView<Map<String, Object>> newPage(PortalUser user) {
        return Pages.view("schedule-new", user, "meetings", "開発項目の追加", new NewView(
                Arrays.stream(jp.resas.ops.devschedule.DevItemKind.values()).map(k -> new Option(k.name(), k.label())).toList(),
                statuses(), Arrays.stream(Milestone.values()).map(m -> new Option(m.name(), m.label())).toList()));
    }

    /** The four milestones' planned and actual dates as the form sent them ({@code milestones.DESIGN.planned} …). */
    private static Map<Milestone, MilestoneDates> dates(Map<String, String> form) {
        Map<Milestone, MilestoneDates> dates = new EnumMap<>(Milestone.class);
        for (Milestone m : Milestone.values()) {
            String field = "milestones." + m.name();
            dates.put(m, new MilestoneDates(DevItemRequest.date(field + ".planned", form.get(field + ".planned")),
                    DevItemRequest.date(field + ".actual", form.get(field + ".actual"))));
        }
        return dates;
    }

    /** Change-request numbers separated by commas or spaces ("12, 15"); the use case checks they exist. */
    private static List<Long> changeRequests(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(value.strip().split("[,、\\s]+")).map(n -> Long.valueOf(n.replaceFirst("^#", "")))
                    .toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException("changeRequests", "変更要求の番号は数字をカンマ区切りで入力してください（例: 12, 15）。");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private ModelAndView<Map<String, Object>> page(long id, PortalUser user) {
        ScheduleLineView line = line(id);
        return Pages.view("schedule-item", user, "meetings", "開発スケジュール " + line.name(),
                new View(today().toString(), List.of(), line, statuses()));
    }

    private ScheduleLineView line(long id) {
        return Pages.found(() -> schedule.asOf(today()).stream().filter(l -> l.item().id() == id).findFirst()
                .map(ScheduleLineView::of).orElseThrow(() -> new NotFoundException("開発項目 " + id + " は存在しません。")));
    }

    private LocalDate today() {
        return clock.instant().atOffset(BusinessCalendar.JST).toLocalDate();
    }

    private static List<Option> statuses() {
        return Arrays.stream(DevStatus.values()).map(s -> new Option(s.name(), s.label())).toList();
    }

    private static Long version(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "version (取得時の版) が正しくありません。");
        }
    }

    private static Integer progress(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("progress", "進捗は 0 から 100 の整数で入力してください。");
        }
    }
}
