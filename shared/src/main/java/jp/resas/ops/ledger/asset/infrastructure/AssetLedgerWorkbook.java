package jp.resas.ops.ledger.asset.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import jp.resas.ops.ledger.asset.Asset;
import jp.resas.ops.ledger.asset.Terms;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 資産管理台帳 as the owner files it: one sheet, a title line, then one row per asset under Japanese
 * column headings. Dates are written as text (yyyy/MM/dd, JST) so that every spreadsheet shows them alike.
 */
final class AssetLedgerWorkbook {

    static final String SHEET = "資産管理台帳";
    static final List<String> HEADINGS = List.of("No.", "資産種別", "資産名", "識別子", "管理担当", "状態", "利用開始日",
            "有効期限", "バージョン", "提供元", "費用", "通貨", "更新日", "解約予告期間(日)", "利用条件", "備考", "関連変更要求",
            "最終検出日時");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    private AssetLedgerWorkbook() {
    }

    static byte[] write(List<Asset> assets, LocalDate asOf) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(SHEET + " (" + DAY.format(asOf) + " 現在)");
            title.getCell(0).setCellStyle(heading);
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADINGS.size(); i++) {
                header.createCell(i).setCellValue(HEADINGS.get(i));
                header.getCell(i).setCellStyle(heading);
            }
            int r = 3;
            for (Asset asset : assets) {
                Row row = sheet.createRow(r);
                Terms terms = asset.terms() == null ? Terms.NONE : asset.terms();
                row.createCell(0).setCellValue(r - 2);
                text(row, 1, asset.kind().label());
                text(row, 2, asset.name());
                text(row, 3, asset.key());
                text(row, 4, asset.owner());
                text(row, 5, asset.status().label());
                text(row, 6, asset.startsOn() == null ? null : DAY.format(asset.startsOn()));
                text(row, 7, asset.endsOn() == null ? null : DAY.format(asset.endsOn()));
                text(row, 8, asset.softwareVersion());
                text(row, 9, terms.provider());
                if (terms.cost() != null) {
                    row.createCell(10).setCellValue(terms.cost().doubleValue());
                }
                text(row, 11, terms.costUnit());
                text(row, 12, terms.renewalOn() == null ? null : DAY.format(terms.renewalOn()));
                if (terms.noticeDays() != null) {
                    row.createCell(13).setCellValue(terms.noticeDays());
                }
                text(row, 14, terms.permittedUse());
                text(row, 15, asset.notes());
                text(row, 16, asset.changeRequests().stream().map(String::valueOf).collect(Collectors.joining(", ")));
                text(row, 17, asset.lastSeenAt() == null ? null : AT.format(asset.lastSeenAt()));
                r++;
            }
            sheet.createFreezePane(0, 3);
            for (int i = 0; i < HEADINGS.size(); i++) {
                sheet.setColumnWidth(i, i == 2 || i == 3 || i == 14 || i == 15 ? 40 * 256 : 14 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the asset ledger workbook", e);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }
}
