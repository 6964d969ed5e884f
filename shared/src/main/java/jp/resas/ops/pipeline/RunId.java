package jp.resas.ops.pipeline;

public record RunId(long value) {
}
