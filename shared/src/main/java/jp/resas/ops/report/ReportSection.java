package jp.resas.ops.report;

import java.util.List;

/** A numbered section: its paragraphs first, then its tables. */
public record ReportSection(String number, String title, List<String> paragraphs, List<ReportTable> tables) {

    public ReportSection {
        paragraphs = List.copyOf(paragraphs);
        tables = List.copyOf(tables);
    }
}
