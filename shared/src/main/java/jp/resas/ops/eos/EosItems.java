package jp.resas.ops.eos;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The EOS calendar (port; PostgreSQL in {@code infrastructure}). Items are retired, never deleted. */
public interface EosItems {

    Optional<EosItem> get(long id);

    /** The item locked for the rest of the transaction. */
    Optional<EosItem> lock(long id);

    long insert(EosItem item);

    /** Writes the item's data and steps its version; false when the version moved. */
    boolean update(EosItem changed);

    void retire(long id, Instant at);

    /** Items not retired whose support ends on or before {@code horizon}, soonest first. */
    List<EosItem> endingBy(LocalDate horizon);

    /** Items not retired that name the versions in use they cover ({@code runtimeKey}). */
    List<EosItem> keyed();
}
