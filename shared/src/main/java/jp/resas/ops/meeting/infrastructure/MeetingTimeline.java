package jp.resas.ops.meeting.infrastructure;

import jakarta.inject.Singleton;
import jp.resas.ops.meeting.MeetingEvent;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * A meeting's timeline newest first, one keyset page at a time (index {@code meeting_timeline_by_meeting} read
 * backwards): edits, submissions, returns, reminders and corrections pile up without bound.
 */
@Singleton
class MeetingTimeline {

    private static final Keyset NEWEST_FIRST = Keyset.descending(Keyset.instant("at"), Keyset.number("id"));

    private final Sql sql;

    MeetingTimeline(Sql sql) {
        this.sql = sql;
    }

    Keyset.Page<MeetingEvent> page(long meetingId, Keyset.Request request) {
        return NEWEST_FIRST.page(sql, "SELECT id, at, kind, actor, message FROM meeting_timeline WHERE meeting_id = ?",
                row -> new MeetingEvent(Sql.instant(row, "at"), row.getString("kind"), row.getString("actor"),
                        row.getString("message")), request, meetingId);
    }
}
