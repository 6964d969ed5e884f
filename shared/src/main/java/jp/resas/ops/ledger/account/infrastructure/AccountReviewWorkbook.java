package jp.resas.ops.ledger.account.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import jp.resas.ops.ledger.account.Account;
import jp.resas.ops.ledger.account.AccountFlag;
import jp.resas.ops.ledger.account.ReviewItem;
import jp.resas.ops.ledger.account.ReviewRound;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * アカウント棚卸し表 of one round: the title (round, start, due, completion in JST), then one row per
 * account under Japanese headings, flagged accounts first, with the decision, who took it and when.
 */
final class AccountReviewWorkbook {

    static final String SHEET = "アカウント棚卸し表";
    static final List<String> HEADINGS = List.of("No.", "システム", "アカウント", "氏名・表示名", "所属グループ・権限",
            "最終利用日時", "MFA", "アクセスキー経過日数", "要注意", "期限", "判定", "判定理由・備考", "判定者", "判定日時", "状態");

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private AccountReviewWorkbook() {
    }

    static byte[] write(AccountReviewService.RoundView view, LocalDate asOf) {
        ReviewRound round = view.round();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle heading = workbook.createCellStyle();
            heading.setFont(bold);
            Sheet sheet = workbook.createSheet(SHEET);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(SHEET + " " + round.title() + " (" + DAY.format(asOf) + " 出力)");
            title.getCell(0).setCellStyle(heading);
            sheet.createRow(1).createCell(0).setCellValue("開始 " + AT.format(round.startedAt()) + " (" + round.startedBy()
                    + ")、期限 " + AT.format(round.dueAt()) + "、" + (round.completedAt() == null ? "未完了"
                            : "完了 " + AT.format(round.completedAt()) + " (承認 " + round.completedBy() + ")"));
            Row header = sheet.createRow(3);
            for (int i = 0; i < HEADINGS.size(); i++) {
                header.createCell(i).setCellValue(HEADINGS.get(i));
                header.getCell(i).setCellStyle(heading);
            }
            int r = 4;
            for (AccountReviewService.ItemView itemView : view.items()) {
                ReviewItem item = itemView.item();
                Account account = item.account();
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 3);
                text(row, 1, account.system());
                text(row, 2, account.key());
                text(row, 3, account.name());
                text(row, 4, String.join(", ", account.groups()));
                text(row, 5, account.lastUsedAt() == null ? "なし" : AT.format(account.lastUsedAt()));
                text(row, 6, account.mfa() == null ? "不明" : account.mfa() ? "有" : "無");
                if (account.keyAgeDays() != null) {
                    row.createCell(7).setCellValue(account.keyAgeDays());
                }
                text(row, 8, item.flags().stream().map(AccountFlag::label).collect(Collectors.joining("、")));
                text(row, 9, AT.format(item.dueAt()));
                text(row, 10, item.decision() == null ? "未判定" : item.decision().label());
                text(row, 11, item.note());
                text(row, 12, item.decidedBy());
                text(row, 13, item.decidedAt() == null ? null : AT.format(item.decidedAt()));
                text(row, 14, account.status().equals("ACTIVE") ? "有効" : "検出されず");
                r++;
            }
            sheet.createFreezePane(0, 4);
            for (int i = 0; i < HEADINGS.size(); i++) {
                sheet.setColumnWidth(i, (i == 4 || i == 11 ? 40 : i == 0 ? 6 : 18) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the account review workbook", e);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }
}
