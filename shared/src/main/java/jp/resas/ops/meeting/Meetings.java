package jp.resas.ops.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The meeting records (port; PostgreSQL in {@code infrastructure}). */
public interface Meetings {

    long insert(Meeting meeting);

    Optional<MeetingDetail> find(long id);

    /**
     * The meeting with its minutes and issues but none of its timeline, which grows without bound and is read
     * a page at a time.
     */
    Optional<MeetingDetail> findWithoutTimeline(long id);

    /** The meeting, locked until the transaction ends so concurrent decisions queue. */
    Optional<Meeting> lock(long id);

    /** Moves the meeting's version on and stores its first submission time. */
    void touch(long id, Instant firstSubmittedAt);

    void insertMinutes(Minutes minutes);

    /** Stores a version that is not approved yet (approved versions are frozen by the database too). */
    void updateMinutes(Minutes minutes);

    List<Minutes> minutes(long meetingId);

    /** Records the action item's issue unless it has one; true only for the first time. */
    boolean link(long meetingId, ActionItemLink link);

    List<ActionItemLink> links(long meetingId);

    void appendTimeline(long meetingId, MeetingEvent event);

    List<Meeting> list(int limit, Long beforeId);

    /** Meetings whose minutes were never submitted. */
    List<Meeting> awaitingMinutes();

    /** Stores the alert unless it was raised before; true only for the first time. */
    boolean claim(MinutesAlert alert);
}
