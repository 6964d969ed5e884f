package jp.resas.ops.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.Texts;

/**
 * 主管課 approves the submitted minutes or returns them with a comment. Nobody who wrote, edited or
 * submitted the version may decide on it. Approval opens an issue for each action item that has none.
 */
public final class DecidingOnMinutes {

    private final Meetings meetings;
    private final IssueList issues;
    private final AuditLog audit;
    private final Clock clock;

    public DecidingOnMinutes(Meetings meetings, IssueList issues, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.issues = issues;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ActionItemLink> approve(long meetingId, Long version, String comment, Actor actor) {
        Minutes current = submitted(meetingId, version, actor);
        Instant now = clock.instant();
        String note = Texts.optional("comment", comment, 2000);
        meetings.updateMinutes(decided(current, MinutesStatus.APPROVED, actor, now, note));
        Set<String> linked = meetings.links(meetingId).stream().map(ActionItemLink::ref).collect(Collectors.toSet());
        Meeting meeting = meetings.lock(meetingId).orElseThrow();
        for (ActionItem item : current.content().actionItems()) {
            if (!linked.contains(item.ref())) {
                long issue = issues.open(item, "会議 #" + meetingId + "「" + meeting.title() + "」 議事録 第"
                        + current.number() + "版 " + item.ref(), actor);
                meetings.link(meetingId, new ActionItemLink(item.ref(), issue, current.number()));
            }
        }
        meetings.touch(meetingId, meeting.firstSubmittedAt());
        meetings.appendTimeline(meetingId, new MeetingEvent(now, "APPROVED", actor.name(),
                "議事録 第" + current.number() + "版を承認" + (note == null ? "" : ": " + note)));
        audit.append(new AuditEntry(actor.name(), "meeting.minutes.approve", "meeting", String.valueOf(meetingId),
                Map.of("number", current.number()), actor.source()));
        return meetings.links(meetingId);
    }

    public void giveBack(long meetingId, Long version, String comment, Actor actor) {
        Minutes current = submitted(meetingId, version, actor);
        String why = Texts.required("comment", comment, 2000);
        Instant now = clock.instant();
        meetings.updateMinutes(decided(current, MinutesStatus.RETURNED, actor, now, why));
        meetings.touch(meetingId, meetings.lock(meetingId).orElseThrow().firstSubmittedAt());
        meetings.appendTimeline(meetingId, new MeetingEvent(now, "RETURNED", actor.name(),
                "議事録 第" + current.number() + "版を差戻し: " + why));
        audit.append(new AuditEntry(actor.name(), "meeting.minutes.return", "meeting", String.valueOf(meetingId),
                Map.of("number", current.number(), "comment", why), actor.source()));
    }

    private Minutes submitted(long meetingId, Long version, Actor actor) {
        WritingMinutes.locked(meetings, meetingId, version);
        List<Minutes> all = meetings.minutes(meetingId);
        Minutes current = all.get(all.size() - 1);
        if (current.status() != MinutesStatus.SUBMITTED) {
            throw new ConflictException("NOT_AWAITING_APPROVAL", "status", "議事録 第" + current.number()
                    + "版は承認待ちではありません (「" + current.status().label() + "」)。");
        }
        if (current.wroteOrSubmitted(actor.name())) {
            throw new ForbiddenActionException("SEGREGATION_OF_DUTIES",
                    "議事録を作成・編集・提出した人はその版を承認または差戻しできません。");
        }
        return current;
    }

    private static Minutes decided(Minutes m, MinutesStatus status, Actor actor, Instant at, String comment) {
        return new Minutes(m.meetingId(), m.number(), status, m.content(), m.correctionReason(), m.author(),
                m.editors(), m.createdAt(), m.submittedBy(), m.submittedAt(), actor.name(), at, comment);
    }
}
