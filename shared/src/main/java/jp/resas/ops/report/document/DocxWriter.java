package jp.resas.ops.report.document;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.config.Configure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.report.ReportDocument;
import jp.resas.ops.report.ReportSection;
import jp.resas.ops.report.ReportTable;
import jp.resas.ops.report.ReportTexts;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Fills the Word template kept in the repository ({@code report/template.docx}: A4, styles, fonts, the
 * cover and the section layout) with poi-tl, then puts each table's chart, drawn with XDDF, under it.
 */
public final class DocxWriter {

    static final String TEMPLATE = "/report/template.docx";
    /**
     * The most rows a table shows in the Word file. A month's full lists (every inquiry, every incident) can run to
     * thousands of rows: hundreds of pages nobody reads, and minutes to write and convert. The Word file shows the
     * first rows and says how many there are and where all of them are: the Excel sheet and the CSV, which always
     * hold every row.
     */
    static final int WORD_ROWS = 100;
    static final String TABLE_TEXT = "TableText";

    /** @param pdfNote a line for the cover about the PDF copy (made or skipped, and why) */
    public byte[] write(ReportDocument report, String pdfNote) {
        Map<String, ChartData> charts = new LinkedHashMap<>();
        Map<String, Object> data = new HashMap<>();
        data.put("title", report.title());
        data.put("heading", report.eraHeading());
        data.put("periodLabel", report.kind() == jp.resas.ops.report.ReportKind.INCIDENT ? "障害 ID" : "対象期間");
        data.put("period", report.period());
        data.put("generatedAt", ReportTexts.time(report.generatedAt()));
        data.put("pdfNote", pdfNote);
        List<Map<String, Object>> sections = new ArrayList<>();
        List<TableLayout> layouts = new ArrayList<>();
        SheetNames sheets = new SheetNames();
        for (ReportSection section : report.sections()) {
            List<Map<String, Object>> tables = new ArrayList<>();
            for (ReportTable table : section.tables()) {
                String number = table.name().split(" ", 2)[0];
                String chart = "";
                if (table.chart() != null) {
                    ChartData points = ChartData.of(table);
                    if (!points.isEmpty()) {
                        chart = "図 " + number + " " + table.chart().title();
                        charts.put(chart, points);
                    }
                }
                Map<String, Object> entry = new HashMap<>();
                entry.put("caption", "表 " + number + " " + table.caption());
                List<List<String>> shown = table.rows().subList(0, Math.min(WORD_ROWS, table.rows().size()));
                TableLayout layout = TableLayout.of(table, shown);
                layouts.add(layout);
                entry.put("table", WordTable.of(table.headers(), shown, layout));
                entry.put("chart", chart);
                String sheet = sheets.sheet(table.name());
                if (table.rows().size() > WORD_ROWS) {
                    entry.put("more", Map.of("omitted", omitted(table, sheet)));
                }
                tables.add(entry);
            }
            sections.add(Map.of("number", section.number(), "name", section.title(),
                    "paragraphs", section.paragraphs().stream().map(p -> Map.of("text", p)).toList(), "tables", tables));
        }
        data.put("sections", sections);
        try (InputStream template = DocxWriter.class.getResourceAsStream(TEMPLATE);
             XWPFTemplate filled = XWPFTemplate.compile(template,
                     // the report tables are written by WordTablePolicy; every other tag as poi-tl does by default
                     Configure.builder().bind("table", new WordTablePolicy()).build()).render(data);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            drawCharts(filled.getXWPFDocument(), charts);
            PageOrientation.turnWideTables(filled.getXWPFDocument(), layouts);
            filled.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fill the report template " + TEMPLATE, e);
        }
    }

    static String omitted(ReportTable table, String sheet) {
        return String.format("全 %,d 件のうち先頭 %,d 件を示しています。全件は Excel の「%s」シートと元データ ZIP の「%s」にあります。",
                table.rows().size(), WORD_ROWS, sheet, SheetNames.file(table.name()));
    }

    /** The template leaves a caption paragraph under each table; a chart goes into it. */
    private static void drawCharts(XWPFDocument document, Map<String, ChartData> charts) throws IOException {
        for (XWPFParagraph paragraph : new ArrayList<>(document.getParagraphs())) {
            ChartData points = charts.get(paragraph.getText());
            if (points == null) {
                continue;
            }
            try {
                org.apache.poi.xwpf.usermodel.XWPFRun run = paragraph.insertNewRun(0);
                XWPFChart chart = document.createChart(run, 16 * Units.EMU_PER_CENTIMETER, 7 * Units.EMU_PER_CENTIMETER);
                run.addBreak();
                int n = points.categories().length;
                Charts.plot(chart, points, chart.formatRange(new CellRangeAddress(1, n, 0, 0)),
                        i -> chart.formatRange(new CellRangeAddress(1, n, i + 1, i + 1)));
            } catch (InvalidFormatException e) {
                throw new IOException("cannot add a chart to the Word document", e);
            }
        }
    }
}
