package jp.resas.ops.dataset;

/**
 * Where a dataset version is in its life: loading its chunks, staged (validated, awaiting approval),
 * published (the current one), superseded by a later publication, rolled back, or discarded unpublished.
 */
public enum VersionStatus {
    LOADING, STAGED, PUBLISHED, SUPERSEDED, ROLLED_BACK, DISCARDED
}
