package jp.resas.ops.monitoring.runs;

/** The record of collector runs (port; PostgreSQL in {@code infrastructure}). */
public interface CollectorRuns {

    void record(RunReport run);

    /** How many of the collector's latest runs failed in a row (0 when the latest did not). */
    int consecutiveFailures(Collector collector);
}
