package jp.resas.ops.meeting;

import java.time.Instant;
import java.util.List;

/** A meeting to record, with the first draft of its minutes. */
public record NewMeeting(MeetingKind kind, String title, Instant startsAt, Instant endsAt, List<String> ownerAttendees,
        List<String> operatorAttendees, String reportVersion, MinutesContent minutes) {
}
