package jp.resas.ops.portal.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list page's .xlsx export: one sheet, its title, the page's headings and rows as the page shows them (the
 * filters applied), frozen below the heading; downloaded under a Japanese file name (RFC 6266 {@code filename*}).
 */
public final class TableWorkbook {

    public static final MediaType XLSX = MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private TableWorkbook() {
    }

    public static byte[] write(String sheetName, String title, List<String> headings, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            Row top = sheet.createRow(0);
            top.createCell(0).setCellValue(title);
            top.getCell(0).setCellStyle(heading);
            Row header = sheet.createRow(2);
            for (int i = 0; i < headings.size(); i++) {
                header.createCell(i).setCellValue(headings.get(i));
                header.getCell(i).setCellStyle(heading);
                sheet.setColumnWidth(i, 18 * 256);
            }
            int r = 3;
            for (List<String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    if (values.get(i) != null) {
                        row.createCell(i).setCellValue(values.get(i));
                    }
                }
            }
            sheet.createFreezePane(0, 3);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook " + sheetName, e);
        }
    }

    /** The download: {@code ascii} as the plain file name, {@code japanese} as {@code filename*}. */
    public static HttpResponse<byte[]> download(byte[] workbook, String ascii, String japanese) {
        return HttpResponse.ok(workbook).contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
                + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(japanese, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
