package jp.resas.ops.report;

import java.time.Instant;
import java.util.List;

/**
 * A report as assembled, before any file is written: the title, the heading in the Japanese era
 * ({@code 令和8年11月}), the period as ISO ({@code 2026-11}), and the sections.
 */
public record ReportDocument(ReportKind kind, String period, String title, String eraHeading, Instant generatedAt,
        List<ReportSection> sections) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    public List<ReportTable> tables() {
        return sections.stream().flatMap(s -> s.tables().stream()).toList();
    }

    /** The file name without extension, e.g. {@code 月次定例報告書_2026-11}. */
    public String baseName() {
        return kind.title() + "_" + period;
    }
}
