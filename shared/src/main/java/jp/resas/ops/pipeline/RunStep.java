package jp.resas.ops.pipeline;

import java.time.Instant;
import java.util.Map;

/** One business step of a run (collect, process, validate, approval, publish) and what it reported. */
public record RunStep(String step, StepStatus status, Instant startedAt, Instant finishedAt, Map<String, Object> detail) {
}
