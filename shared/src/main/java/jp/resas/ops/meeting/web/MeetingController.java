package jp.resas.ops.meeting.web;

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
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.meeting.infrastructure.MeetingService;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.Roles;

/** 定例会・議事録: the operator side records and writes, 主管課 (approver) approves or returns. */
@Controller("/meetings")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class MeetingController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final MeetingService meetings;
    private final Clock clock;

    MeetingController(MeetingService meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    /** Newest first, one keyset page: {@code {"items":[…],"nextCursor":…}}. */
    @Get
    ListPage<MeetingView> list(@Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        Keyset.Request request = Keyset.request(limit, cursor);
        List<MeetingView> rows = meetings.list(request.limit() + 1, Keyset.afterNumber("id", request).orElse(null)).stream()
                .map(m -> MeetingView.summary(m, clock.instant())).toList();
        boolean more = rows.size() > request.limit();
        List<MeetingView> page = more ? rows.subList(0, request.limit()) : rows;
        return new ListPage<>(page, more ? Keyset.encode("id", page.get(page.size() - 1).id()) : null);
    }

    @Get("/{id}")
    MeetingView get(@PathVariable long id) {
        return MeetingView.of(meetings.detail(id), clock.instant());
    }

    /** The meeting's timeline newest first, keyset pages ({@code limit} 1–1000, default 100); the detail has it whole. */
    @Get("/{id}/timeline")
    ListPage<MeetingView.TimelineLine> timeline(@PathVariable long id, @Nullable @QueryValue String limit,
            @Nullable @QueryValue String cursor) {
        MeetingService.PagedDetail paged = meetings.detail(id, Keyset.request(limit, cursor));
        return new ListPage<>(paged.detail().timeline().stream().map(MeetingView::line).toList(),
                paged.olderCursor().orElse(null));
    }

    @Get("/{id}/minutes/{number}.docx")
    HttpResponse<byte[]> docx(@PathVariable long id, @PathVariable int number) {
        String name = "議事録_" + id + "_第" + number + "版.docx";
        return HttpResponse.ok(meetings.minutesDocx(id, number, clock.instant()))
                .contentType(DOCX)
                .header("Content-Disposition", "attachment; filename=\"minutes-" + id + "-" + number
                        + ".docx\"; filename*=UTF-8''" + java.net.URLEncoder.encode(name,
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }

    @Post
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<MeetingView> record(@Body MeetingRequests.Record body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(get(meetings.record(body.command(), Actors.of(user, request))));
    }

    @Put("/{id}/minutes")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    MeetingView edit(@PathVariable long id, @Body MeetingRequests.Edit body, Authentication user,
            HttpRequest<?> request) {
        meetings.edit(id, body.version(), body.content(), Actors.of(user, request));
        return get(id);
    }

    @Post("/{id}/minutes/submit")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    MeetingView submit(@PathVariable long id, @Body MeetingRequests.Decision body, Authentication user,
            HttpRequest<?> request) {
        meetings.submit(id, body.version(), Actors.of(user, request));
        return get(id);
    }

    @Post("/{id}/minutes/corrections")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<MeetingView> correct(@PathVariable long id, @Body MeetingRequests.Correction body,
            Authentication user, HttpRequest<?> request) {
        meetings.correct(id, body.version(), body.content(), body.reason(), Actors.of(user, request));
        return HttpResponse.created(get(id));
    }

    @Post("/{id}/minutes/approve")
    @Secured({Roles.APPROVER})
    MeetingView approve(@PathVariable long id, @Body MeetingRequests.Decision body, Authentication user,
            HttpRequest<?> request) {
        meetings.approve(id, body.version(), body.comment(), Actors.of(user, request));
        return get(id);
    }

    @Post("/{id}/minutes/return")
    @Secured({Roles.APPROVER})
    MeetingView giveBack(@PathVariable long id, @Body MeetingRequests.Decision body, Authentication user,
            HttpRequest<?> request) {
        meetings.giveBack(id, body.version(), body.comment(), Actors.of(user, request));
        return get(id);
    }
}
