package jp.resas.ops.ledger.configuration.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.resas.ops.ledger.configuration.ConfigurationDiff;
import jp.resas.ops.ledger.configuration.ConfiguredResource;
import jp.resas.ops.ledger.configuration.Snapshot;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 構成管理台帳 of one snapshot as the owner files it: sheet 構成管理台帳 (a title with the snapshot and the
 * time it was taken in JST, the scopes that could not be read, then one row per resource under Japanese
 * headings) and sheet 変更差分 (the diff against the previous snapshot, one row per added, removed or
 * changed property).
 */
final class ConfigurationLedgerWorkbook {

    static final String SHEET = "構成管理台帳";
    static final String DIFF_SHEET = "変更差分";
    static final List<String> HEADINGS = List.of("No.", "取得範囲", "スタック", "論理ID", "物理ID", "リソース種別",
            "主要プロパティ", "タグ");
    static final List<String> DIFF_HEADINGS = List.of("No.", "区分", "リソース", "リソース種別", "プロパティ", "変更前", "変更後");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));
    private static final int CELL_LIMIT = 32_000;

    private ConfigurationLedgerWorkbook() {
    }

    static byte[] write(Snapshot snapshot, LocalDate asOf) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            Sheet sheet = workbook.createSheet(SHEET);
            text(sheet.createRow(0), 0, SHEET + " (スナップショット " + snapshot.id() + "、" + AT.format(snapshot.takenAt())
                    + " 取得、" + DAY.format(asOf) + " 出力)");
            sheet.getRow(0).getCell(0).setCellStyle(heading);
            text(sheet.createRow(1), 0, snapshot.missing().isEmpty() ? "取得できなかった範囲: なし"
                    : "取得できなかった範囲 (前回の内容を引き継ぎ): " + snapshot.missing().stream()
                            .map(m -> m.scope() + " (" + m.reason() + ")").collect(Collectors.joining("; ")));
            header(sheet.createRow(3), HEADINGS, heading);
            int r = 4;
            for (ConfiguredResource resource : snapshot.resources()) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 3);
                text(row, 1, resource.scope());
                text(row, 2, resource.stack());
                text(row, 3, resource.logicalId());
                text(row, 4, resource.physicalId());
                text(row, 5, resource.type());
                text(row, 6, lines(resource.properties()));
                text(row, 7, lines(resource.tags()));
                r++;
            }
            sheet.createFreezePane(0, 4);
            widths(sheet, List.of(6, 28, 24, 32, 40, 30, 80, 40));

            Sheet diff = workbook.createSheet(DIFF_SHEET);
            text(diff.createRow(0), 0, DIFF_SHEET + " (スナップショット " + (snapshot.previousId() == null ? "なし"
                    : snapshot.previousId()) + " → " + snapshot.id() + ")");
            diff.getRow(0).getCell(0).setCellStyle(heading);
            header(diff.createRow(2), DIFF_HEADINGS, heading);
            int d = 3;
            ConfigurationDiff changes = snapshot.diff();
            for (ConfigurationDiff.Entry added : changes.added()) {
                d = diffRow(diff, d, "追加", added.key(), added.type(), null, null, added.physicalId());
            }
            for (ConfigurationDiff.Entry removed : changes.removed()) {
                d = diffRow(diff, d, "削除", removed.key(), removed.type(), null, removed.physicalId(), null);
            }
            for (ConfigurationDiff.Change change : changes.changed()) {
                d = diffRow(diff, d, "変更", change.key(), change.type(), change.property(), change.before(), change.after());
            }
            diff.createFreezePane(0, 3);
            widths(diff, List.of(6, 8, 50, 30, 40, 40, 40));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the configuration ledger workbook", e);
        }
    }

    private static int diffRow(Sheet sheet, int r, String kind, String key, String type, String property, String before,
            String after) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r - 2);
        text(row, 1, kind);
        text(row, 2, key);
        text(row, 3, type);
        text(row, 4, property);
        text(row, 5, before);
        text(row, 6, after);
        return r + 1;
    }

    private static void header(Row row, List<String> headings, CellStyle style) {
        for (int i = 0; i < headings.size(); i++) {
            row.createCell(i).setCellValue(headings.get(i));
            row.getCell(i).setCellStyle(style);
        }
    }

    private static void widths(Sheet sheet, List<Integer> widths) {
        for (int i = 0; i < widths.size(); i++) {
            sheet.setColumnWidth(i, widths.get(i) * 256);
        }
    }

    private static String lines(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            // Excel holds at most 32,767 characters a cell.
            row.createCell(column).setCellValue(value.length() > CELL_LIMIT ? value.substring(0, CELL_LIMIT) + "…" : value);
        }
    }
}
