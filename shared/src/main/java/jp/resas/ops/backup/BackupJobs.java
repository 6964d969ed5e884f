package jp.resas.ops.backup;

import java.time.Instant;
import java.util.List;

/** The collected jobs (port; PostgreSQL in {@code infrastructure}). */
public interface BackupJobs {

    /** A stored job: its row id and what it already raised. */
    record Stored(long id, Long incidentId, Long ticketId) {
    }

    /** Inserts the job or refreshes its state, times and size (locked for the caller's transaction). */
    Stored upsert(ReportedJob job, Instant at);

    void linkIncident(long id, long incidentId);

    void linkTicket(long id, long ticketId);

    /**
     * Resources of {@code scope} with a backup job since {@code since} whose latest COMPLETED backup job was
     * created before {@code before} (or that never completed one): their backup is missing.
     */
    List<String> withoutRecentBackup(String scope, Instant since, Instant before);

    /** Replaces the protected resources of {@code scope} with those just read (keeping what they raised). */
    void replaceProtected(String scope, List<ProtectedResource> resources, Instant at);

    /** The protected resources of {@code scope} with no backup job (in any scope) created since {@code since}. */
    List<ProtectedResource> protectedWithoutJob(String scope, Instant since);

    void linkProtectedIncident(String scope, String resourceArn, long incidentId);
}
