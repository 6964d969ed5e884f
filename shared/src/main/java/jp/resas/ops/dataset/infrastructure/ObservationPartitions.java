package jp.resas.ops.dataset.infrastructure;

import jp.resas.ops.dataset.VersionId;

/** Each version's observations live in a partition of {@code observation} of their own, named here only. */
public final class ObservationPartitions {

    private ObservationPartitions() {
    }

    public static String of(VersionId version) {
        return "observation_v" + version.value();
    }
}
