package jp.resas.ops.eos;

import java.time.Instant;

/**
 * A version upgrade of an EOS item, carried out by a change request (変更要求) and proven by its test record
 * (試験記録: environment, result, summary, evidence, who tested and when). DONE retires the item.
 */
public record Upgrade(long id, long itemId, long changeRequestId, String targetVersion, Status status,
        TestRecord test, String plannedBy, Instant plannedAt, String doneBy, Instant doneAt, long version) {

    public enum Status { PLANNED, TESTED, DONE }

    public enum TestResult { PASSED, FAILED }

    /** The test of the upgrade; null until recorded. */
    public record TestRecord(String environment, TestResult result, String summary, String evidence, String testedBy,
            Instant testedAt) {
    }
}
