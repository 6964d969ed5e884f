package jp.resas.ops.pipeline;

public record VersionId(long value) {
}
