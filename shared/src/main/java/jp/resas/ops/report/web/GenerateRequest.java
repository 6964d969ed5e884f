package jp.resas.ops.report.web;

/** {@code kind}: MONTHLY, WEEKLY, INCIDENT, ISSUES, DATA_UPDATES, DATA_SOURCES; {@code period}: 2026-11, 2026-W48 or the incident ID. */
record GenerateRequest(String kind, String period) {
}
