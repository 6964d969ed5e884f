package jp.resas.ops.pipeline;

import jp.resas.ops.dataset.DatasetId;

/** Port: what a run needs of the update rounds (PostgreSQL in {@code infrastructure}). */
public interface Rounds {

    /**
     * The gate of a round's runs: the round exists, the owner approved it and it plans {@code dataset};
     * refused (404, 409) otherwise.
     */
    void requireRunnable(long roundId, DatasetId dataset);

    /** The round's item for {@code dataset} follows its run (published today when the run published). */
    void progress(long roundId, DatasetId dataset, RunStatus status);
}
