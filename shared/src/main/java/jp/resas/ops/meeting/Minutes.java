package jp.resas.ops.meeting;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One version of a meeting's minutes. {@code editors} holds everyone who wrote this version (the
 * author first); none of them, nor its submitter, may approve it.
 */
public record Minutes(long meetingId, int number, MinutesStatus status, MinutesContent content, String correctionReason,
        String author, Set<String> editors, Instant createdAt, String submittedBy, Instant submittedAt,
        String decidedBy, Instant decidedAt, String decisionComment) {

    public Minutes {
        editors = Set.copyOf(new LinkedHashSet<>(editors));
    }

    /** Whoever wrote or submitted this version. */
    public boolean wroteOrSubmitted(String person) {
        return author.equals(person) || editors.contains(person) || person.equals(submittedBy);
    }
}
