package jp.resas.ops.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.data.Rows;
import com.deepoove.poi.data.TableRenderData;
import com.deepoove.poi.data.Tables;
import com.deepoove.poi.data.style.CellStyle;
import com.deepoove.poi.data.style.ParagraphStyle;
import com.deepoove.poi.data.style.RowStyle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.resas.ops.report.ReportDocument;
import jp.resas.ops.report.ReportKind;
import jp.resas.ops.report.ReportSection;
import jp.resas.ops.report.ReportTable;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The report tables are written as Word XML in one pass ({@link WordTable}) where poi-tl's table policy used to build
 * them cell by cell: the markup must be the one poi-tl wrote, and every row must read back as its source row.
 */
class WordTableTest {

    /** Cells that test the text rules: markup characters, line breaks, white space at the ends, a control character. */
    private static final List<List<String>> TRICKY = List.of(
            List.of("Amazon S3 & <RDS> \"q\" 'a'", "12.50", "2026-11-02 09:00"),
            List.of(" 先頭の空白", "末尾の空白 ", "タブ\tの後"),
            List.of("一行目\n二行目", "CRLF\r\n改行", "末尾の改行\n"),
            List.of("", "制御文字\u0001", "𠮷野家（サロゲートペア）"),
            List.of("\n", "復帰\rだけ", "取得できませんでした"));

    @Test
    void theTablesMarkup_isThePoiTlTablePolicys_elementForElement() throws IOException {
        List<String> headers = List.of("サービス", "金額", "日時");
        List<ReportTable> tables = List.of(ReportTable.of("1-1 難しい文字", "難しい文字", headers, TRICKY),
                ReportTable.of("1-2 空", "空の表", headers, List.of()),
                ReportTable.of("1-3 広い表", "九列の表", List.of("ID", "種別", "件名", "優先度", "状態", "依頼者", "担当",
                        "受付日時", "完了日時"), randomRows(9, 40, new Random(14))));

        List<String> written = tablesXml(new DocxWriter().write(report(tables), ""));
        List<String> byPoiTl = tablesXml(poiTl(tables));

        assertThat(written).hasSize(3);
        assertThat(written).isEqualTo(byPoiTl);
    }

    @Test
    void everyRowShown_readsBackAsItsSourceRow() throws IOException {
        Random random = new Random(2026);
        List<List<String>> source = randomRows(9, 250, random);
        ReportTable table = ReportTable.of("4-4 未完了の問合せ", "未完了の問合せ", List.of("ID", "種別", "件名", "優先度", "状態",
                "依頼者", "担当", "受付日時", "完了日時"), source);
        ReportTable small = ReportTable.of("4-1 受付経路別件数", "受付経路別件数", List.of("受付経路", "件数"),
                List.of(List.of("電子メール", "2000"), List.of("電話", "0")));

        byte[] docx = new DocxWriter().write(report(List.of(small, table)), "");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable first = document.getTables().get(0);
            XWPFTable list = document.getTables().get(1);
            assertThat(rows(first)).containsExactly(List.of("受付経路", "件数"), List.of("電子メール", "2000"),
                    List.of("電話", "0"));
            List<List<String>> shown = rows(list);
            assertThat(shown.get(0)).isEqualTo(table.headers());
            assertThat(shown).hasSize(DocxWriter.WORD_ROWS + 1);
            for (int r = 0; r < DocxWriter.WORD_ROWS; r++) {
                assertThat(shown.get(r + 1)).as("row %d", r + 1).isEqualTo(source.get(r));
            }
            assertThat(list.getRow(0).isRepeatHeader()).isTrue();
            assertThat(list.getRow(0).getCell(0).getColor()).isEqualTo("D9E2F3");
            assertThat(list.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(list.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
            assertThat(list.getRow(1).getCell(2).getParagraphs().get(0).getStyle()).isEqualTo(DocxWriter.TABLE_TEXT);
        }
    }

    private static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        table.getRows().forEach(r -> rows.add(r.getTableCells().stream().map(c -> c.getText()).toList()));
        return rows;
    }

    /** Rows like a month's ticket list: IDs, labels, Japanese titles of varying length, dates and times. */
    private static List<List<String>> randomRows(int columns, int count, Random random) {
        String[] words = {"問合せ", "データ", "更新", "RESAS", "API", "の", "確認", "について", "地域経済分析", "（至急）", "&", "<"};
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(10_000 + r));
            for (int c = 1; c < columns; c++) {
                StringBuilder text = new StringBuilder();
                for (int w = random.nextInt(c == 2 ? 12 : 3); w >= 0; w--) {
                    text.append(words[random.nextInt(words.length)]);
                }
                row.add(c >= columns - 2 ? String.format("2026-11-%02d %02d:%02d", 1 + random.nextInt(30),
                        random.nextInt(24), random.nextInt(60)) : text.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    private static ReportDocument report(List<ReportTable> tables) {
        return new ReportDocument(ReportKind.MONTHLY, "2026-11", "月次定例報告書", "令和8年11月",
                Instant.parse("2026-12-01T00:00:00Z"), List.of(new ReportSection("1", "表", List.of("表の確認です。"), tables)));
    }

    /** The template filled as DocxWriter did before WordTable: poi-tl's table policy, cell by cell. */
    private static byte[] poiTl(List<ReportTable> tables) throws IOException {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ReportTable table : tables) {
            List<List<String>> shown = table.rows().subList(0, Math.min(DocxWriter.WORD_ROWS, table.rows().size()));
            TableLayout layout = TableLayout.of(table, shown);
            double[] columns = layout.columns().stream().mapToDouble(twips -> twips / 567.0).toArray();
            Tables.TableBuilder builder = Tables.ofWidth(layout.body() / 567.0, columns);
            builder.addRow(Rows.of(table.headers().toArray(String[]::new)).rowStyle(tableText()).bgColor("D9E2F3")
                    .textBold().repeatedHeader().create());
            if (table.isEmpty()) {
                List<String> none = new ArrayList<>(List.of("該当なし"));
                while (none.size() < table.headers().size()) {
                    none.add("");
                }
                builder.addRow(Rows.of(none.toArray(String[]::new)).rowStyle(tableText()).create());
            }
            for (List<String> row : shown) {
                builder.addRow(Rows.of(row.toArray(String[]::new)).rowStyle(tableText()).create());
            }
            TableRenderData rendered = builder.create();
            Map<String, Object> entry = new HashMap<>();
            entry.put("caption", "表 " + table.name().split(" ", 2)[0] + " " + table.caption());
            entry.put("table", rendered);
            entry.put("chart", "");
            entries.add(entry);
        }
        Map<String, Object> data = new HashMap<>();
        data.put("sections", List.of(Map.of("number", "1", "name", "表", "paragraphs", List.of(), "tables", entries)));
        try (InputStream template = DocxWriter.class.getResourceAsStream(DocxWriter.TEMPLATE);
             XWPFTemplate filled = XWPFTemplate.compile(template).render(data);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filled.write(out);
            return out.toByteArray();
        }
    }

    private static RowStyle tableText() {
        CellStyle cell = new CellStyle();
        cell.setDefaultParagraphStyle(ParagraphStyle.builder().withStyleId(DocxWriter.TABLE_TEXT).build());
        RowStyle row = new RowStyle();
        row.setDefaultCellStyle(cell);
        return row;
    }

    /** Each {@code w:tbl} of the file's document.xml, as written. */
    private static List<String> tablesXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    Matcher tables = Pattern.compile("<w:tbl>.*?</w:tbl>", Pattern.DOTALL)
                            .matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    List<String> found = new ArrayList<>();
                    while (tables.find()) {
                        found.add(tables.group());
                    }
                    return found;
                }
            }
        }
        throw new AssertionError("no word/document.xml in the file");
    }
}
