package jp.resas.ops.meeting;

import java.time.Instant;
import java.util.List;
import jp.resas.ops.common.ConflictException;

/**
 * A meeting as recorded: kind, title, when, who attended on each side, the report version presented
 * (free text until reports exist as records), and the minutes' due and reminder times computed on the
 * government calendar when it was recorded.
 */
public record Meeting(long id, MeetingKind kind, String title, Instant startsAt, Instant endsAt,
        List<String> ownerAttendees, List<String> operatorAttendees, String reportVersion, String recordedBy,
        Instant recordedAt, Instant minutesDueAt, Instant reminderAt, Instant firstSubmittedAt, long version) {

    public Meeting {
        ownerAttendees = List.copyOf(ownerAttendees);
        operatorAttendees = List.copyOf(operatorAttendees);
    }

    /** @throws ConflictException when the client's copy is older than the record */
    public void requireVersion(Long expected) {
        if (expected == null) {
            throw new jp.resas.ops.common.InvalidInputException("version", "version を指定してください。");
        }
        if (expected != version) {
            throw ConflictException.staleVersion(expected, version);
        }
    }
}
