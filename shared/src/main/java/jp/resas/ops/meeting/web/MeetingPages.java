package jp.resas.ops.meeting.web;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.meeting.MeetingKind;
import jp.resas.ops.meeting.NewMeeting;
import jp.resas.ops.meeting.infrastructure.MeetingService;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * The meetings (定例会) and their minutes on pages (issue 19): the list, recording a meeting with the
 * first draft of its minutes, one meeting with agenda, decisions and action items (each linked to its
 * issue), editing a draft, submitting it, the owner's approval or return (the author and whoever submitted
 * are refused: segregation of duties), correcting approved minutes (a new version, approved again; the frozen
 * versions stay readable on the page, newest first), and the minutes as .docx. Calls the same service as {@code /meetings}.
 */
@Controller("/portal/meetings")
@Secured(SecurityRule.IS_ANONYMOUS)
class MeetingPages {

    /** Timeline entries on a meeting's page at a time, newest first; 次のページ shows the older ones. */
    static final int TIMELINE_SHOWN = 50;

    private final MeetingService meetings;
    private final Clock clock;

    MeetingPages(MeetingService meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String cursor, @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        Keyset.Request request = Keyset.request(null, cursor);
        var rows = meetings.list(request.limit() + 1, Keyset.afterNumber("id", request).orElse(null)).stream()
                .map(m -> MeetingView.summary(m, clock.instant())).toList();
        boolean more = rows.size() > request.limit();
        List<MeetingView> page = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? "/portal/meetings?cursor=" + Keyset.encode("id", page.get(page.size() - 1).id()) : null;
        return Pages.view("meetings", user, "meetings", "定例会・議事録", MeetingPageViews.list(page, next));
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newMeeting(@Nullable Authentication authentication) {
        return newPage(Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> record(@Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            String kind = blank(form.get("kind"));
            long id = meetings.record(new NewMeeting(kind == null ? null : jp.resas.ops.common.Texts.oneOf("kind", kind,
                    MeetingKind.class), form.get("title"), MeetingRequests.instant("startsAt", form.get("startsAt")),
                    MeetingRequests.instant("endsAt", form.get("endsAt")), lines(form.get("ownerAttendees")),
                    lines(form.get("operatorAttendees")), blank(form.get("reportVersion")),
                    MeetingPageViews.content(form)), Actors.of(authentication, request));
            return Pages.seeOther("/portal/meetings/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("record", form, e), newPage(user));
        }
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> detail(@PathVariable long id, @Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        return page(id, Pages.user(authentication), cursor == null || cursor.isBlank() ? null : cursor);
    }

    /** Edits the draft (or returned) minutes: agenda, decisions, action items. */
    @Post(value = "/{id}/minutes", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> edit(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        return act("edit", id, form, user, () -> meetings.edit(id, version(form), MeetingPageViews.content(form),
                Actors.of(authentication, request)));
    }

    /**
     * Corrects approved minutes: the next version, a draft with the reason, which needs approval again; the
     * approved version stays frozen and readable on the page.
     */
    @Post(value = "/{id}/minutes/corrections", consumes = MediaType.APPLICATION_FORM_URLENCODED,
            produces = MediaType.TEXT_HTML)
    HttpResponse<?> correct(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        return act("correct", id, form, user, () -> meetings.correct(id, version(form), MeetingPageViews.content(form),
                form.get("reason"), Actors.of(authentication, request)));
    }

    @Post(value = "/{id}/minutes/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> submit(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        return act("submit", id, form, user, () -> meetings.submit(id, version(form), Actors.of(authentication, request)));
    }

    /** The owner's decision: approve, or return with a comment; the use case refuses the author. */
    @Post(value = "/{id}/minutes/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> decide(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.APPROVER);
        return act("decision", id, form, user, () -> {
            String decision = form.getOrDefault("decision", "");
            if (decision.equals("approve")) {
                meetings.approve(id, version(form), blank(form.get("comment")), Actors.of(authentication, request));
            } else if (decision.equals("return")) {
                meetings.giveBack(id, version(form), blank(form.get("comment")), Actors.of(authentication, request));
            } else {
                throw new InvalidInputException("decision", "承認または差戻しを選んでください。");
            }
        });
    }

    @Get(value = "/{id}/minutes/{number}.docx", produces = MeetingController.DOCX)
    HttpResponse<byte[]> docx(@PathVariable long id, @PathVariable int number, @Nullable Authentication authentication) {
        Pages.user(authentication);
        String name = "議事録_" + id + "_第" + number + "版.docx";
        return HttpResponse.ok(Pages.found(() -> meetings.minutesDocx(id, number, clock.instant())))
                .contentType(MeetingController.DOCX)
                .header("Content-Disposition", "attachment; filename=\"minutes-" + id + "-" + number
                        + ".docx\"; filename*=UTF-8''" + java.net.URLEncoder.encode(name,
                        java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff");
    }

    private HttpResponse<?> act(String action, long id, Map<String, String> form, PortalUser user, Runnable change) {
        try {
            Pages.found(() -> {
                change.run();
                return id;
            });
            return Pages.seeOther("/portal/meetings/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused(action, form, e), page(id, user));
        }
    }

    private ModelAndView<Map<String, Object>> page(long id, PortalUser user) {
        return page(id, user, null);
    }

    /** The meeting with one page of its timeline, newest first ({@value #TIMELINE_SHOWN} entries a page). */
    private ModelAndView<Map<String, Object>> page(long id, PortalUser user, String cursor) {
        MeetingService.PagedDetail paged = Pages.paged(() -> meetings.detail(id,
                jp.resas.ops.platform.jdbc.Keyset.request(String.valueOf(TIMELINE_SHOWN), cursor)));
        MeetingView view = MeetingView.of(paged.detail(), clock.instant());
        String older = paged.olderCursor().map(c -> "/portal/meetings/" + id + "?cursor="
                + java.net.URLEncoder.encode(c, java.nio.charset.StandardCharsets.UTF_8) + "#timeline").orElse(null);
        return Pages.view("meeting", user, "meetings", view.kindLabel() + " " + view.title(),
                MeetingPageViews.detail(view, older));
    }

    private ModelAndView<Map<String, Object>> newPage(PortalUser user) {
        return Pages.view("meeting-new", user, "meetings", "定例会の記録", MeetingPageViews.create());
    }

    private static Long version(Map<String, String> form) {
        try {
            String value = form.get("version");
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "version (取得時の版) が正しくありません。");
        }
    }

    /** One name a line; blank lines dropped. */
    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
