package jp.resas.ops.eos;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Upgrades of EOS items (port; PostgreSQL in {@code infrastructure}). */
public interface Upgrades {

    /** @return the new id, or empty when the change request already carries another upgrade */
    Optional<Long> insert(long itemId, long changeRequestId, String targetVersion, String by, Instant at);

    Optional<Upgrade> lock(long id);

    Optional<Upgrade> get(long id);

    List<Upgrade> ofItem(long itemId);

    /** Writes status, test record and completion, stepping the version; false when the version moved. */
    boolean save(Upgrade changed);

    /** The status of change request {@code ticketId}, empty when it is no change request. */
    Optional<String> changeRequestStatus(long ticketId);

    /** Upgrades completed in [from, to). */
    List<Upgrade> doneBetween(Instant from, Instant to);
}
