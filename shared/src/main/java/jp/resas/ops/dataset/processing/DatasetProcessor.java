package jp.resas.ops.dataset.processing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.dataset.read.CsvRecordSource;
import jp.resas.ops.dataset.read.EstatJsonRecordSource;
import jp.resas.ops.dataset.read.FieldRecord;
import jp.resas.ops.dataset.read.RecordProblem;
import jp.resas.ops.dataset.read.RecordSource;
import jp.resas.ops.dataset.read.SourceFormatException;
import jp.resas.ops.dataset.spec.ColumnSpec;
import jp.resas.ops.dataset.spec.ProcessingSpec;
import jp.resas.ops.dataset.spec.SourceFormat;

/**
 * Processes a raw source (a whole file, or one chunk of it) by its spec, streaming observations to a
 * sink, then completes the report with the checks that need every chunk: empty file, totals, drift,
 * and duplicate keys found by the store.
 */
public final class DatasetProcessor {

    /**
     * One chunk's report, its partial totals and the prefectures (or {@code *}) whose totals cannot be checked
     * because a row of theirs could not be read or was dropped, with the first such line.
     */
    public record ChunkOutcome(ValidationReport report, Map<String, TotalsCheck.Partial> totals,
            Map<String, Long> totalsSkipped) {

        public ChunkOutcome {
            totalsSkipped = totalsSkipped == null ? Map.of() : Map.copyOf(totalsSkipped);
        }
    }

    /** Opens {@code in} as a whole source of the spec's format and processes it. */
    public ChunkOutcome process(InputStream in, String file, ProcessingSpec spec, ProcessingContext context,
            ObservationSink sink) {
        try (RecordSource source = open(in, spec, 1)) {
            return process(source, file, spec, context, sink);
        } catch (SourceFormatException e) {
            return unreadable(spec, file, e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The outcome of a source that could not even be opened (encoding refused, broken header). */
    public static ChunkOutcome unreadable(ProcessingSpec spec, String file, SourceFormatException e) {
        Findings findings = new Findings(file);
        findings.error(e.rule(), e.line(), "", "", e.getMessage());
        return new ChunkOutcome(ValidationReport.of(spec.dataset(), 0, 0, findings, VersionSummary.empty()), Map.of(),
                Map.of(TotalsCheck.WHOLE_FILE, Math.max(e.line(), 0)));
    }

    public static RecordSource open(InputStream in, ProcessingSpec spec, long firstLine)
            throws IOException, SourceFormatException {
        return spec.source().format() == SourceFormat.ESTAT_JSON
                ? EstatJsonRecordSource.open(in, spec.columns().stream().map(ColumnSpec::header).toList(), firstLine)
                : CsvRecordSource.open(in, spec.source());
    }

    public ChunkOutcome process(RecordSource source, String file, ProcessingSpec spec, ProcessingContext context,
            ObservationSink sink) {
        Findings findings = new Findings(file);
        VersionSummary.Builder summary = new VersionSummary.Builder();
        TotalsCheck totals = spec.validation().totals() == null ? null : new TotalsCheck();
        List<String> header = source.header();
        if (!HeaderCheck.passes(spec, header, source.headerLine(), findings)) {
            return new ChunkOutcome(ValidationReport.of(spec.dataset(), 0, 0, findings, summary.build()), Map.of(), Map.of());
        }
        AreaCodes areas = new AreaCodes(spec.column(jp.resas.ops.dataset.spec.ColumnRole.AREA).orElseThrow().type(),
                context.referenceDate(), context.register());
        RowInterpreter rows = new RowInterpreter(spec, header, areas, findings, totals);
        FieldRecord record = new FieldRecord();
        long read = 0;
        try {
            while (source.next(record)) {
                if (record.blank()) {
                    continue;
                }
                read++;
                if (read % ProcessingContext.Progress.EVERY == 0) {
                    context.progress().rows(read);
                }
                if (record.problem() != null) {
                    RecordProblem problem = record.problem();
                    findings.error(problem.rule(), record.line(), columnName(header, problem.column()), "", problem.message());
                    skip(totals, record.line());
                    continue;
                }
                if (record.size() != header.size()) {
                    fieldCount(source, record, header.size(), findings);
                    skip(totals, record.line());
                    continue;
                }
                rows.interpret(record, sink, summary);
            }
        } catch (SourceFormatException e) {
            findings.error(e.rule(), e.line(), columnName(header, e.column()), "", e.getMessage());
            skip(totals, e.line());
        }
        VersionSummary built = summary.build();
        return new ChunkOutcome(ValidationReport.of(spec.dataset(), read, built.observations(), findings, built),
                totals == null ? Map.of() : totals.partials(), totals == null ? Map.of() : totals.skipped());
    }

    private static String columnName(List<String> header, int column) {
        return column > 0 && column <= header.size() ? header.get(column - 1) : "";
    }

    private static void skip(TotalsCheck totals, long line) {
        if (totals != null) {
            totals.skip(TotalsCheck.WHOLE_FILE, line);
        }
    }

    private static void fieldCount(RecordSource source, FieldRecord record, int expected, Findings findings) {
        if (source.lastRecordUnterminated() && record.size() < expected) {
            findings.error("truncated", record.line(), "", "", "最終行が途中で切れています（" + expected + " 列中 "
                    + record.size() + " 列、改行なし）。ファイルが途中で切れている可能性があります。");
        } else {
            findings.error("field-count", record.line(), "", String.valueOf(record.size()),
                    "列数が " + record.size() + " です（ヘッダーは " + expected + " 列）。");
        }
    }

    /** Merges chunk outcomes and adds the whole-version checks. {@code extra}: findings of the store (duplicate keys). */
    public static ValidationReport complete(ProcessingSpec spec, String file, List<ChunkOutcome> chunks,
            Optional<VersionSummary> previous, List<Finding> extra) {
        Findings findings = new Findings(file);
        long rows = 0;
        VersionSummary summary = VersionSummary.empty();
        Map<String, TotalsCheck.Partial> totals = Map.of();
        Map<String, Long> skipped = Map.of();
        for (ChunkOutcome chunk : chunks) {
            findings.absorb(chunk.report());
            rows += chunk.report().rows();
            summary = summary.plus(chunk.report().summary());
            totals = TotalsCheck.merge(totals, chunk.totals());
            skipped = TotalsCheck.mergeSkipped(skipped, chunk.totalsSkipped());
        }
        extra.forEach(findings::add);
        if (rows == 0 && findings.errors() == 0) {
            findings.error("empty-file", 0, "", "", "データ行がありません（空のファイル、またはヘッダーのみ）。");
        }
        if (spec.validation().totals() != null) {
            TotalsCheck.check(totals, skipped, spec.validation().totals(), findings);
        }
        if (spec.validation().drift() != null && previous.isPresent() && rows > 0) {
            DriftCheck.check(summary, previous.get(), spec.validation().drift(), findings);
        }
        return ValidationReport.of(spec.dataset(), rows, summary.observations(), findings, summary);
    }
}
