package jp.resas.ops.pipeline;

/** A run's state; the last three are final. */
public enum RunStatus {
    RUNNING, AWAITING_APPROVAL, PUBLISHED, REJECTED, FAILED;

    public boolean finished() {
        return this == PUBLISHED || this == REJECTED || this == FAILED;
    }
}
