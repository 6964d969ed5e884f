package jp.resas.ops.meeting.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.common.Actor;
import jp.resas.ops.meeting.ActionItemLink;
import jp.resas.ops.meeting.DecidingOnMinutes;
import jp.resas.ops.meeting.IssueList;
import jp.resas.ops.meeting.Meeting;
import jp.resas.ops.meeting.MeetingDetail;
import jp.resas.ops.meeting.Meetings;
import jp.resas.ops.meeting.MinutesContent;
import jp.resas.ops.meeting.NewMeeting;
import jp.resas.ops.meeting.RecordingMeeting;
import jp.resas.ops.meeting.WritingMinutes;

/** The transaction boundary of the meeting use cases: each write, its timeline and audit commit together. */
@Singleton
public class MeetingService {

    private final Meetings meetings;
    private final RecordingMeeting recording;
    private final WritingMinutes writing;
    private final DecidingOnMinutes deciding;

    private final MeetingTimeline timeline;

    MeetingService(Meetings meetings, IssueList issues, CalendarSource calendar, AuditLog audit, Clock clock,
            MeetingTimeline timeline) {
        this.meetings = meetings;
        this.timeline = timeline;
        this.recording = new RecordingMeeting(meetings, calendar, audit, clock);
        this.writing = new WritingMinutes(meetings, audit, clock);
        this.deciding = new DecidingOnMinutes(meetings, issues, audit, clock);
    }

    @Transactional(readOnly = true)
    public MeetingDetail detail(long id) {
        return meetings.find(id).orElseThrow(() -> new jp.resas.ops.common.NotFoundException("会議 " + id + " は存在しません。"));
    }

    /** A meeting with one keyset page of its timeline, newest first, and the cursor of the older entries. */
    public record PagedDetail(MeetingDetail detail, java.util.Optional<String> olderCursor) {
    }

    @Transactional(readOnly = true)
    public PagedDetail detail(long id, jp.resas.ops.platform.jdbc.Keyset.Request timelinePage) {
        MeetingDetail head = meetings.findWithoutTimeline(id)
                .orElseThrow(() -> new jp.resas.ops.common.NotFoundException("会議 " + id + " は存在しません。"));
        var page = timeline.page(id, timelinePage);
        return new PagedDetail(new MeetingDetail(head.meeting(), head.minutes(), head.links(), page.items()),
                page.nextCursor());
    }

    @Transactional(readOnly = true)
    public List<Meeting> list(int limit, Long beforeId) {
        return meetings.list(limit, beforeId);
    }

    /** Version {@code number} of the minutes as .docx. */
    @Transactional(readOnly = true)
    public byte[] minutesDocx(long id, int number, java.time.Instant printedAt) {
        MeetingDetail detail = detail(id);
        jp.resas.ops.meeting.Minutes minutes = detail.minutes().stream().filter(n -> n.number() == number).findFirst()
                .orElseThrow(() -> new jp.resas.ops.common.NotFoundException("会議 " + id + " の議事録 第" + number
                        + "版は存在しません。"));
        return jp.resas.ops.meeting.document.MinutesDocument.render(detail, minutes, printedAt);
    }

    @Transactional
    public long record(NewMeeting meeting, Actor actor) {
        return recording.record(meeting, actor);
    }

    @Transactional
    public void edit(long id, Long version, MinutesContent content, Actor actor) {
        writing.edit(id, version, content, actor);
    }

    @Transactional
    public void submit(long id, Long version, Actor actor) {
        writing.submit(id, version, actor);
    }

    @Transactional
    public int correct(long id, Long version, MinutesContent content, String reason, Actor actor) {
        return writing.correct(id, version, content, reason, actor);
    }

    @Transactional
    public List<ActionItemLink> approve(long id, Long version, String comment, Actor actor) {
        return deciding.approve(id, version, comment, actor);
    }

    @Transactional
    public void giveBack(long id, Long version, String comment, Actor actor) {
        deciding.giveBack(id, version, comment, actor);
    }
}
