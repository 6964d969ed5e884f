package jp.resas.ops.sfn.conformance;

import java.util.Map;

/** Recorded cases we judge cannot be replayed faithfully, each with the reason. */
final class ConformanceExclusions {

    static final Map<String, String> EXCLUDED = Map.of(
            "TestSnfBase.test_result_selector",
            "Content-Length (82) counts the bytes of a payload that holds the real, masked function name; "
                    + "any other name gives another length, so the header cannot match when replayed");

    private ConformanceExclusions() {
    }
}
