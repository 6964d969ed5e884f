package jp.resas.ops.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.common.Texts;

/**
 * The operator side writes the minutes: edits the current version while it is a draft or returned,
 * submits it for approval, or starts a correction (the next version) of an approved one.
 */
public final class WritingMinutes {

    private final Meetings meetings;
    private final AuditLog audit;
    private final Clock clock;

    public WritingMinutes(Meetings meetings, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.audit = audit;
        this.clock = clock;
    }

    public void edit(long meetingId, Long version, MinutesContent content, Actor actor) {
        Meeting meeting = locked(meetings, meetingId, version);
        Minutes current = current(meetingId);
        if (current.status() == MinutesStatus.APPROVED) {
            throw frozen(current);
        }
        if (!current.status().editable()) {
            throw new ConflictException("TRANSITION_NOT_ALLOWED", "status",
                    "承認待ちの議事録は編集できません。差し戻されてから編集してください。");
        }
        MinutesContent checked = content.checked();
        Set<String> editors = new LinkedHashSet<>(current.editors());
        editors.add(actor.name());
        Instant now = clock.instant();
        meetings.updateMinutes(new Minutes(meetingId, current.number(), current.status(), checked,
                current.correctionReason(), current.author(), editors, current.createdAt(), null, null,
                current.decidedBy(), current.decidedAt(), current.decisionComment()));
        meetings.touch(meeting.id(), meeting.firstSubmittedAt());
        meetings.appendTimeline(meetingId, new MeetingEvent(now, "EDITED", actor.name(),
                "議事録 第" + current.number() + "版を編集"));
        audit.append(new AuditEntry(actor.name(), "meeting.minutes.edit", "meeting", String.valueOf(meetingId),
                Map.of("number", current.number(), "actionItems", checked.actionItems().size()), actor.source()));
    }

    public void submit(long meetingId, Long version, Actor actor) {
        Meeting meeting = locked(meetings, meetingId, version);
        Minutes current = current(meetingId);
        if (!current.status().editable()) {
            throw new ConflictException("TRANSITION_NOT_ALLOWED", "status", "「" + current.status().label()
                    + "」の議事録は提出できません。");
        }
        Instant now = clock.instant();
        meetings.updateMinutes(new Minutes(meetingId, current.number(), MinutesStatus.SUBMITTED, current.content(),
                current.correctionReason(), current.author(), current.editors(), current.createdAt(), actor.name(),
                now, null, null, null));
        meetings.touch(meetingId, meeting.firstSubmittedAt() == null ? now : meeting.firstSubmittedAt());
        boolean late = meeting.firstSubmittedAt() == null && now.isAfter(meeting.minutesDueAt());
        meetings.appendTimeline(meetingId, new MeetingEvent(now, "SUBMITTED", actor.name(),
                "議事録 第" + current.number() + "版を提出" + (late ? " (提出期限超過)" : "")));
        audit.append(new AuditEntry(actor.name(), "meeting.minutes.submit", "meeting", String.valueOf(meetingId),
                Map.of("number", current.number()), actor.source()));
    }

    public int correct(long meetingId, Long version, MinutesContent content, String reason, Actor actor) {
        Meeting meeting = locked(meetings, meetingId, version);
        Minutes current = current(meetingId);
        if (current.status() != MinutesStatus.APPROVED) {
            throw new ConflictException("TRANSITION_NOT_ALLOWED", "status",
                    "訂正は承認済の議事録に対して行います。現在の版は「" + current.status().label() + "」です。");
        }
        String why = Texts.required("reason", reason, 2000);
        MinutesContent checked = content.checked();
        Instant now = clock.instant();
        int number = current.number() + 1;
        meetings.insertMinutes(new Minutes(meetingId, number, MinutesStatus.DRAFT, checked, why, actor.name(),
                Set.of(actor.name()), now, null, null, null, null, null));
        meetings.touch(meeting.id(), meeting.firstSubmittedAt());
        meetings.appendTimeline(meetingId, new MeetingEvent(now, "CORRECTION", actor.name(),
                "議事録 第" + number + "版 (訂正) を作成: " + why));
        audit.append(new AuditEntry(actor.name(), "meeting.minutes.correct", "meeting", String.valueOf(meetingId),
                Map.of("number", number, "reason", why), actor.source()));
        return number;
    }

    static Meeting locked(Meetings meetings, long id, Long version) {
        Meeting meeting = meetings.lock(id).orElseThrow(() -> notFound(id));
        meeting.requireVersion(version);
        return meeting;
    }

    private Minutes current(long meetingId) {
        List<Minutes> all = meetings.minutes(meetingId);
        return all.get(all.size() - 1);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("会議 " + id + " は存在しません。");
    }

    static ConflictException frozen(Minutes minutes) {
        return new ConflictException("MINUTES_FROZEN", "status", "議事録 第" + minutes.number()
                + "版は承認済のため変更できません。訂正版を作成してください。");
    }
}
