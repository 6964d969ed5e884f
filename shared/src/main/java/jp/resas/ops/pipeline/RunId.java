package jp.resas.ops.pipeline;

public record RunId(@com.fasterxml.jackson.annotation.JsonValue long value) {
}
