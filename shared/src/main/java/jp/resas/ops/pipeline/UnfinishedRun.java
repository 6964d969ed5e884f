package jp.resas.ops.pipeline;

/** A run not yet finished and who executes it (a process id on one machine), for the watch on lost runs. */
public record UnfinishedRun(Run run, String executor) {
}
