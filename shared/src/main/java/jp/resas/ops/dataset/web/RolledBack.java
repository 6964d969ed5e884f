package jp.resas.ops.dataset.web;

/** The answer to a rollback: the version now current. */
record RolledBack(long versionId) {
}
