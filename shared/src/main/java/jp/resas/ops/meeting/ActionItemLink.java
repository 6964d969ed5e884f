package jp.resas.ops.meeting;

/** The issue an action item became, and the minutes version whose approval opened it. */
public record ActionItemLink(String ref, long issueId, int minutesNumber) {
}
