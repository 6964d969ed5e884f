package jp.resas.ops.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;

/**
 * The operator records a meeting and the first draft of its minutes; the minutes' due time is fixed
 * then, on the calendar in force.
 */
public final class RecordingMeeting {

    private static final Duration LONGEST_MEETING = Duration.ofHours(12);

    private final Meetings meetings;
    private final CalendarSource calendar;
    private final AuditLog audit;
    private final Clock clock;

    public RecordingMeeting(Meetings meetings, CalendarSource calendar, AuditLog audit, Clock clock) {
        this.meetings = meetings;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    public long record(NewMeeting m, Actor actor) {
        if (m.kind() == null) {
            throw new InvalidInputException("kind", "kind は WEEKLY, MONTHLY, AD_HOC のいずれかを指定してください。");
        }
        String title = Texts.required("title", m.title(), 200);
        if (m.startsAt() == null) {
            throw new InvalidInputException("startsAt", "startsAt (開始日時) を入力してください。");
        }
        if (m.endsAt() == null || !m.endsAt().isAfter(m.startsAt())) {
            throw new InvalidInputException("endsAt", "endsAt (終了日時) は開始日時より後にしてください。");
        }
        if (Duration.between(m.startsAt(), m.endsAt()).compareTo(LONGEST_MEETING) > 0) {
            throw new InvalidInputException("endsAt", "会議の長さは12時間以内にしてください。");
        }
        Instant now = clock.instant();
        if (m.endsAt().isAfter(now)) {
            throw new InvalidInputException("endsAt", "議事録は終了した会議について記録してください (終了日時が未来です)。");
        }
        List<String> owners = names("ownerAttendees", m.ownerAttendees());
        List<String> operators = names("operatorAttendees", m.operatorAttendees());
        MinutesContent content = (m.minutes() == null ? new MinutesContent(null, null, null) : m.minutes()).checked();
        MinutesDeadline deadline = MinutesDeadline.after(m.endsAt(), calendar.current());
        long id = meetings.insert(new Meeting(0, m.kind(), title, m.startsAt(), m.endsAt(), owners, operators,
                Texts.optional("reportVersion", m.reportVersion(), 200), actor.name(), now, deadline.dueAt(),
                deadline.reminderAt(), null, 0));
        meetings.insertMinutes(new Minutes(id, 1, MinutesStatus.DRAFT, content, null, actor.name(),
                Set.of(actor.name()), now, null, null, null, null, null));
        meetings.appendTimeline(id, new MeetingEvent(now, "RECORDED", actor.name(),
                m.kind().label() + "「" + title + "」を記録 (議事録 第1版 作成中)"));
        audit.append(new AuditEntry(actor.name(), "meeting.record", "meeting", String.valueOf(id),
                Map.of("kind", m.kind().name(), "title", title, "minutesDueAt", deadline.dueAt().toString()),
                actor.source()));
        return id;
    }

    private static List<String> names(String field, List<String> given) {
        if (given == null || given.isEmpty()) {
            throw new InvalidInputException(field, field + " に出席者を1名以上入力してください。");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            names.add(Texts.required(field + "[" + i + "]", given.get(i), 100));
        }
        return names;
    }
}
