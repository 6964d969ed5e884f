package jp.resas.ops.pipeline;

import jp.resas.ops.dataset.VersionId;

/** What a recorded decision was taken on: the version on show and the digest of its content then. */
public record BoundDecision(VersionId version, String digest) {
}
