package jp.resas.ops.report.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import jp.resas.ops.report.ReportDocument;
import jp.resas.ops.report.ReportSection;
import jp.resas.ops.report.ReportTable;
import jp.resas.ops.report.ReportTexts;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as a workbook: an outline sheet, then one sheet per table with its native chart beside it. Rows are
 * streamed (SXSSF: a window of rows in memory, the rest in a temporary file removed when done,
 * left uncompressed to spare the CPU: a month's lists are a few megabytes; text written inline in each cell rather than
 * through the shared-strings table, whose in-memory XML model cost more than all the rows together), since a
 * month's lists can hold tens of thousands of cells, which the in-memory model writes many times slower. Charts are
 * drawn on each streamed sheet's underlying XSSF sheet, which SXSSF writes out with its drawing.
 */
public final class XlsxWriter {

    private static final int ROW_WINDOW = 200;

    static final String FONT = "Noto Sans CJK JP";

    public byte[] write(ReportDocument report) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW, false, false);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            Font bold = workbook.createFont();
            bold.setFontName(FONT);
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = workbook.createCellStyle();
            text.setFont(font);
            outline(workbook.createSheet("概要"), report, header, text);
            SheetNames names = new SheetNames();
            for (ReportTable table : report.tables()) {
                String name = names.sheet(table.name());
                SXSSFSheet sheet = workbook.createSheet(name);
                sheet(sheet, table, header, text);
                if (table.chart() != null) {
                    chart(workbook.getXSSFWorkbook().getSheet(name), table);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the workbook", e);
            }
        }
    }

    private static void outline(Sheet sheet, ReportDocument report, CellStyle header, CellStyle text) {
        int r = 0;
        for (List<String> line : List.of(List.of(report.title(), report.eraHeading()), List.of("対象期間", report.period()),
                List.of("作成（日本時間）", ReportTexts.time(report.generatedAt())))) {
            Row row = sheet.createRow(r++);
            cell(row, 0, line.get(0), header);
            cell(row, 1, line.get(1), text);
        }
        for (ReportSection section : report.sections()) {
            cell(sheet.createRow(++r), 0, section.number() + " " + section.title(), header);
            for (String paragraph : section.paragraphs()) {
                cell(sheet.createRow(++r), 1, paragraph, text);
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private static void sheet(SXSSFSheet sheet, ReportTable table, CellStyle header, CellStyle text) {
        Row head = sheet.createRow(0);
        for (int c = 0; c < table.headers().size(); c++) {
            cell(head, c, table.headers().get(c), header);
        }
        int r = 1;
        for (List<String> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Double number = numeric(values.get(c));
                if (number == null) {
                    cell(row, c, values.get(c), text);
                } else {
                    row.createCell(c).setCellValue(number);
                    row.getCell(c).setCellStyle(text);
                }
            }
        }
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.setColumnWidth(c, Math.min(60, Math.max(10, widest(table, c) * 2 + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void chart(XSSFSheet sheet, ReportTable table) {
        ChartData points = ChartData.of(table);
        if (points.isEmpty()) {
            return;
        }
        int n = table.rows().size();
        int left = table.headers().size() + 1;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, left, 1, left + 10, 22));
        String name = sheet.getSheetName();
        int category = table.chart().categoryColumn();
        Charts.plot(chart, points, points.everyRow() ? new CellRangeAddress(1, n, category, category)
                .formatAsString(name, true) : null, i -> points.everyRow() ? new CellRangeAddress(1, n,
                table.chart().valueColumns().get(i), table.chart().valueColumns().get(i)).formatAsString(name, true) : null);
    }

    private static int widest(ReportTable table, int column) {
        int widest = table.headers().get(column).length();
        for (List<String> row : table.rows()) {
            widest = Math.max(widest, row.get(column).length());
        }
        return widest;
    }

    /** A number the sheet can compute with; codes with leading zeros stay text. */
    static Double numeric(String value) {
        if (value.isEmpty() || (value.length() > 1 && value.startsWith("0") && !value.startsWith("0."))) {
            return null;
        }
        return ChartData.number(value);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }
}
