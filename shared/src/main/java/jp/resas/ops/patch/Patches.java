package jp.resas.ops.patch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The patch records (port; PostgreSQL in {@code infrastructure}). Nothing is deleted. */
public interface Patches {

    long insert(PatchRecord patch);

    Optional<PatchRecord> get(long id);

    Optional<PatchRecord> lock(long id);

    /** Marks it verified and steps the version; false when the version moved or it was verified already. */
    boolean verify(long id, long version, String by, Instant at);

    /** Whether ticket {@code ticketId} is a change request (変更要求). */
    boolean isChangeRequest(long ticketId);

    /** Patches applied in [from, to), oldest first. */
    List<PatchRecord> appliedBetween(Instant from, Instant to);
}
