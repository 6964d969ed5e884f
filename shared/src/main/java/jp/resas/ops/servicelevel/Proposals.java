package jp.resas.ops.servicelevel;

import java.util.Optional;

/** The proposals (port; PostgreSQL in {@code infrastructure}). */
public interface Proposals {

    long insert(Proposal proposal);

    Optional<Proposal> find(long id);

    Optional<Proposal> lock(long id);

    /** Stores the proposal; its version moves on. */
    void save(Proposal proposal);
}
