package jp.resas.ops.incident.web;

record NoteRequest(String text) {
}
