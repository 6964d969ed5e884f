package jp.resas.ops.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Reads a generated Word file back: its paragraphs, and each table's rows under the number of its caption. */
public record ReportFiles(List<XWPFParagraph> paragraphs, Map<String, List<List<String>>> tables, int charts) {

    public static ReportFiles docx(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            Map<String, List<List<String>>> tables = new LinkedHashMap<>();
            String caption = null;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p && p.getText().startsWith("表 ")) {
                    caption = p.getText().split(" ")[1];
                } else if (element instanceof XWPFTable t && caption != null) {
                    List<List<String>> rows = new ArrayList<>();
                    t.getRows().forEach(r -> rows.add(r.getTableCells().stream().map(c -> c.getText()).toList()));
                    tables.put(caption, rows.subList(1, rows.size()));
                    caption = null;
                }
            }
            return new ReportFiles(document.getParagraphs(), tables, document.getCharts().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> texts() {
        return paragraphs.stream().map(p -> p.getText().strip()).filter(t -> !t.isBlank()).toList();
    }

    /** The rows of a table, without the header; the single 該当なし row of an empty table as no rows. */
    public List<List<String>> rows(String number) {
        List<List<String>> rows = tables.get(number);
        if (rows == null) {
            throw new AssertionError("no table " + number + " in " + tables.keySet());
        }
        return rows.size() == 1 && rows.get(0).get(0).equals("該当なし") ? List.of() : rows;
    }

    /** Paragraph texts of each Heading1 section, keyed by its heading. */
    public Map<String, List<String>> sections() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (XWPFParagraph p : paragraphs) {
            if ("Heading1".equals(p.getStyle())) {
                current = new ArrayList<>();
                sections.put(p.getText(), current);
            } else if (current != null && !p.getText().isBlank()) {
                current.add(p.getText());
            }
        }
        return sections;
    }
}
