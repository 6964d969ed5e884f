package jp.resas.ops.incident;

/**
 * Move an incident to {@code to}, based on the copy at {@code version}, with an optional note and the
 * report sections written at this stage (e.g. the workaround when it is mitigated).
 */
public record IncidentTransition(IncidentStatus to, long version, String note, IncidentReport report) {
}
