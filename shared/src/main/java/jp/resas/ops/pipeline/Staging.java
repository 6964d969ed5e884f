package jp.resas.ops.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.processing.Finding;
import jp.resas.ops.dataset.processing.ObservationSink;
import jp.resas.ops.dataset.processing.VersionSummary;

/**
 * Port: versions in staging, each with its observations apart from every other version's (PostgreSQL
 * partitions in {@code infrastructure}). Runs inside the caller's transaction.
 */
public interface Staging {

    /** A new, empty version for one collection of the run, numbered next for its dataset. */
    VersionId newVersion(RunId run, DatasetId dataset, int specVersion, LocalDate referenceDate, String collectedBy);

    /** The chunks the version's collection planned, and its raw objects' combined checksum. */
    void collected(VersionId version, int chunks, String sourceSha256);

    /** The version's state, held against a concurrent collection (shared: chunks load in parallel). */
    Optional<VersionState> lockShared(VersionId version);

    /** The version's state, held for validating, approving or publishing it. */
    Optional<VersionState> lock(VersionId version);

    /** Observations actually in the version. */
    long count(VersionId version);

    /** A version that lives only as long as the transaction (a dry run loads into it). */
    VersionId scratch();

    /** Replaces chunk {@code chunk} of {@code version} with what {@code producer} writes to the sink. */
    <T> T load(VersionId version, int chunk, Function<ObservationSink, T> producer);

    /** Observations sharing a key, reported as findings against {@code file}. */
    List<Finding> duplicates(VersionId version, String file, String keyColumns);

    /** A validated version, ready for approval: its count, summary and digest. */
    void staged(VersionId version, long observations, VersionSummary summary, String digest);

    /** A version that will never be published: its rows go, its record stays for the history. */
    void discard(VersionId version);
}
