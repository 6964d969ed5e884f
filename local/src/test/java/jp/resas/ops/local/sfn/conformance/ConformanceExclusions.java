package jp.resas.ops.local.sfn.conformance;

import java.util.Map;

/** Recorded cases we judge cannot be replayed faithfully, each with the reason. */
final class ConformanceExclusions {

    static final Map<String, String> EXCLUDED = Map.of();

    private ConformanceExclusions() {
    }
}
