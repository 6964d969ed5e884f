package jp.resas.ops.meeting.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.meeting.ActionItem;
import jp.resas.ops.meeting.ActionItemLink;
import jp.resas.ops.meeting.Meeting;
import jp.resas.ops.meeting.MeetingDetail;
import jp.resas.ops.meeting.MeetingEvent;
import jp.resas.ops.meeting.MeetingKind;
import jp.resas.ops.meeting.Meetings;
import jp.resas.ops.meeting.Minutes;
import jp.resas.ops.meeting.MinutesAlert;
import jp.resas.ops.meeting.MinutesContent;
import jp.resas.ops.meeting.MinutesStatus;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.sla.Priority;

@Singleton
final class JdbcMeetings implements Meetings {

    private static final String MEETING = "SELECT id, kind, title, starts_at, ends_at, owner_attendees::text AS owners, "
            + "operator_attendees::text AS operators, report_version, recorded_by, recorded_at, minutes_due_at, "
            + "reminder_at, first_submitted_at, version FROM meeting ";
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, String>>> ITEMS = new TypeReference<>() { };

    private final Sql sql;
    private final ObjectMapper json;

    JdbcMeetings(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public long insert(Meeting m) {
        return sql.queryOne("""
                INSERT INTO meeting (kind, title, starts_at, ends_at, owner_attendees, operator_attendees, report_version,
                    recorded_by, recorded_at, minutes_due_at, reminder_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, row -> row.getLong(1), m.kind(), m.title(), m.startsAt(), m.endsAt(), write(m.ownerAttendees()),
                write(m.operatorAttendees()), m.reportVersion(), m.recordedBy(), m.recordedAt(), m.minutesDueAt(),
                m.reminderAt()).orElseThrow();
    }

    @Override
    public Optional<MeetingDetail> find(long id) {
        return findWithoutTimeline(id).map(d -> new MeetingDetail(d.meeting(), d.minutes(), d.links(),
                sql.query("SELECT at, kind, actor, message FROM meeting_timeline WHERE meeting_id = ? "
                        + "ORDER BY at, id", row -> new MeetingEvent(Sql.instant(row, "at"), row.getString("kind"),
                        row.getString("actor"), row.getString("message")), id)));
    }

    @Override
    public Optional<MeetingDetail> findWithoutTimeline(long id) {
        return sql.queryOne(MEETING + "WHERE id = ?", this::meeting, id).map(m -> new MeetingDetail(m, minutes(id),
                links(id), List.of()));
    }

    @Override
    public Optional<Meeting> lock(long id) {
        return sql.queryOne(MEETING + "WHERE id = ? FOR UPDATE", this::meeting, id);
    }

    @Override
    public void touch(long id, Instant firstSubmittedAt) {
        sql.update("UPDATE meeting SET version = version + 1, first_submitted_at = ? WHERE id = ?", firstSubmittedAt, id);
    }

    @Override
    public void insertMinutes(Minutes m) {
        sql.update("""
                INSERT INTO meeting_minutes (meeting_id, number, status, agenda, decisions, action_items, correction_reason,
                    author, editors, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, m.meetingId(), m.number(), m.status(), m.content().agenda(), m.content().decisions(),
                items(m.content().actionItems()), m.correctionReason(), m.author(), write(List.copyOf(m.editors())),
                m.createdAt());
    }

    @Override
    public void updateMinutes(Minutes m) {
        sql.update("""
                UPDATE meeting_minutes SET status = ?, agenda = ?, decisions = ?, action_items = ?, editors = ?,
                    submitted_by = ?, submitted_at = ?, decided_by = ?, decided_at = ?, decision_comment = ?
                WHERE meeting_id = ? AND number = ?
                """, m.status(), m.content().agenda(), m.content().decisions(), items(m.content().actionItems()),
                write(List.copyOf(m.editors())), m.submittedBy(), m.submittedAt(), m.decidedBy(), m.decidedAt(),
                m.decisionComment(), m.meetingId(), m.number());
    }

    @Override
    public List<Minutes> minutes(long meetingId) {
        return sql.query("""
                SELECT meeting_id, number, status, agenda, decisions, action_items::text AS items, correction_reason,
                    author, editors::text AS editors, created_at, submitted_by, submitted_at, decided_by, decided_at,
                    decision_comment FROM meeting_minutes WHERE meeting_id = ? ORDER BY number
                """, row -> new Minutes(row.getLong("meeting_id"), row.getInt("number"),
                MinutesStatus.valueOf(row.getString("status")), new MinutesContent(row.getString("agenda"),
                        row.getString("decisions"), items(row.getString("items"))), row.getString("correction_reason"),
                row.getString("author"), new LinkedHashSet<>(read(row.getString("editors"), NAMES)),
                Sql.instant(row, "created_at"), row.getString("submitted_by"), Sql.instant(row, "submitted_at"),
                row.getString("decided_by"), Sql.instant(row, "decided_at"), row.getString("decision_comment")),
                meetingId);
    }

    @Override
    public boolean link(long meetingId, ActionItemLink link) {
        return sql.update("INSERT INTO meeting_action_item (meeting_id, ref, issue_id, minutes_number) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", meetingId, link.ref(), link.issueId(), link.minutesNumber()) == 1;
    }

    @Override
    public List<ActionItemLink> links(long meetingId) {
        return sql.query("SELECT ref, issue_id, minutes_number FROM meeting_action_item WHERE meeting_id = ? "
                + "ORDER BY minutes_number, length(ref), ref", row -> new ActionItemLink(row.getString("ref"),
                row.getLong("issue_id"), row.getInt("minutes_number")), meetingId);
    }

    @Override
    public void appendTimeline(long meetingId, MeetingEvent e) {
        sql.update("INSERT INTO meeting_timeline (meeting_id, at, kind, actor, message) VALUES (?, ?, ?, ?, ?)",
                meetingId, e.at(), e.kind(), e.actor(), e.message());
    }

    @Override
    public List<Meeting> list(int limit, Long beforeId) {
        return beforeId == null ? sql.query(MEETING + "ORDER BY id DESC LIMIT ?", this::meeting, limit)
                : sql.query(MEETING + "WHERE id < ? ORDER BY id DESC LIMIT ?", this::meeting, beforeId, limit);
    }

    @Override
    public List<Meeting> awaitingMinutes() {
        return sql.query(MEETING + "WHERE first_submitted_at IS NULL ORDER BY id", this::meeting);
    }

    @Override
    public boolean claim(MinutesAlert a) {
        return sql.update("INSERT INTO meeting_alert (meeting_id, level, due_at, raised_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", a.meetingId(), a.level(), a.dueAt(), a.raisedAt()) == 1;
    }

    private Meeting meeting(ResultSet row) throws SQLException {
        return new Meeting(row.getLong("id"), MeetingKind.valueOf(row.getString("kind")), row.getString("title"),
                Sql.instant(row, "starts_at"), Sql.instant(row, "ends_at"), read(row.getString("owners"), NAMES),
                read(row.getString("operators"), NAMES), row.getString("report_version"), row.getString("recorded_by"),
                Sql.instant(row, "recorded_at"), Sql.instant(row, "minutes_due_at"), Sql.instant(row, "reminder_at"),
                Sql.instant(row, "first_submitted_at"), row.getLong("version"));
    }

    private Sql.Json items(List<ActionItem> items) {
        return write(items.stream().map(i -> Map.of("ref", i.ref(), "title", i.title(), "owner", i.owner(),
                "dueDate", i.dueDate().toString(), "priority", i.priority().name())).toList());
    }

    private List<ActionItem> items(String text) {
        return read(text, ITEMS).stream().map(i -> new ActionItem(i.get("ref"), i.get("title"), i.get("owner"),
                LocalDate.parse(i.get("dueDate")), Priority.valueOf(i.get("priority")))).toList();
    }

    private Sql.Json write(Object value) {
        try {
            return new Sql.Json(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored JSON", e);
        }
    }
}
