package jp.resas.ops.pipeline;

import jp.resas.ops.dataset.VersionStatus;

/** A version in staging: its state, the chunks its collection planned (null before) and its digest once staged. */
public record VersionState(VersionStatus status, Integer chunks, String digest) {

    public int planned() {
        return chunks == null ? 0 : chunks;
    }
}
