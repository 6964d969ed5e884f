package jp.resas.ops.servicelevel;

import java.util.Optional;

/** The proposals (port; PostgreSQL in {@code infrastructure}). */
public interface Proposals {

    long insert(Proposal proposal);

    Optional<Proposal> find(long id);

    Optional<Proposal> lock(long id);

    /** Newest first, {@code limit} of them with an id below {@code beforeId} (null: from the newest). */
    java.util.List<Proposal> recent(int limit, Long beforeId);

    /** Stores the proposal; its version moves on. */
    void save(Proposal proposal);
}
