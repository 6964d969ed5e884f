package jp.resas.ops.report.web;

/** {@code checksum}: the checksum of the version the approver reviewed (optional; refused when it differs). */
record AcceptRequest(String checksum) {
}
