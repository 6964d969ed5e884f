package jp.resas.ops.devschedule.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.devschedule.infrastructure.DevScheduleService;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;

/** 開発スケジュール: all roles read it; operators keep it up to date. */
@Controller("/dev-schedule")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class DevScheduleController {

    private final DevScheduleService schedule;
    private final Clock clock;

    DevScheduleController(DevScheduleService schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @Get
    Map<String, Object> list(@Nullable @QueryValue String asOf) {
        LocalDate day = asOf == null ? clock.instant().atOffset(BusinessCalendar.JST).toLocalDate()
                : DevItemRequest.date("asOf", asOf);
        List<ScheduleLineView> items = schedule.asOf(day).stream().map(ScheduleLineView::of).toList();
        return Map.of("asOf", day.toString(), "items", items);
    }

    @Get("/{id}")
    ScheduleLineView get(@PathVariable long id) {
        LocalDate today = clock.instant().atOffset(BusinessCalendar.JST).toLocalDate();
        return schedule.asOf(today).stream().filter(l -> l.item().id() == id).findFirst().map(ScheduleLineView::of)
                .orElseThrow(() -> new NotFoundException("開発項目 " + id + " は存在しません。"));
    }

    @Post
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<ScheduleLineView> add(@Body DevItemRequest body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(get(schedule.add(body.change(), Actors.of(user, request))));
    }

    @Put("/{id}")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    ScheduleLineView update(@PathVariable long id, @Body DevItemRequest body, Authentication user,
            HttpRequest<?> request) {
        schedule.update(id, body.version(), body.change(), Actors.of(user, request));
        return get(id);
    }
}
