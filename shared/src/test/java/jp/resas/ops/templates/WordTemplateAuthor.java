package jp.resas.ops.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Authors the Word templates the documents are filled from (poi-tl {@code {{tag}}} places, looping table
 * rows {@code [field]}) as real .docx files: styles, header and footer, Japanese fonts, the table style —
 * see {@link TemplateStyles}. Run once to create them; after that the committed files are the source and
 * an owner restyles them in Word (docs/reports.md, "Editing a template"). To write them again:
 * <pre>mvn -B -o -pl shared -am test -Dtest=WordTemplatesTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dresas.templates.out=src/main/resources</pre>
 * (the path is relative to shared/). Without the property the test writes them under target/ and checks
 * them against the committed ones.
 */
final class WordTemplateAuthor {

    static final String WORK = "地域経済分析システム（RESAS）運用・保守業務";
    /** The templates by their path under the resources. */
    static final List<String> TEMPLATES = List.of("report/template.docx", "meeting/minutes.docx",
            "servicelevel/improvement-proposal.docx");

    private WordTemplateAuthor() {
    }

    static void writeAll(Path resources) throws IOException {
        write(resources.resolve(TEMPLATES.get(0)), report());
        write(resources.resolve(TEMPLATES.get(1)), minutes());
        write(resources.resolve(TEMPLATES.get(2)), proposal());
    }

    private static void write(Path file, XWPFDocument document) throws IOException {
        Files.createDirectories(file.getParent());
        try (document; OutputStream out = Files.newOutputStream(file)) {
            document.write(out);
        }
    }

    /** The reports' template: a cover, then each section with its paragraphs, tables and chart captions. */
    static XWPFDocument report() {
        XWPFDocument d = TemplateStyles.document(WORK);
        text(d, "Title", "{{title}}");
        text(d, "Subtitle", "{{heading}}");
        text(d, "Subtitle", WORK);
        text(d, "Meta", "{{periodLabel}}: {{period}}");
        text(d, "Meta", "作成: {{generatedAt}}（日本時間）");
        text(d, "Meta", "{{pdfNote}}");
        d.createParagraph().createRun().addBreak(BreakType.PAGE);
        text(d, "Normal", "{{?sections}}");
        text(d, "Heading1", "{{number}}　{{name}}");
        text(d, "Normal", "{{?paragraphs}}");
        text(d, "Normal", "{{text}}");
        text(d, "Normal", "{{/paragraphs}}");
        text(d, "Normal", "{{?tables}}");
        text(d, "Caption", "{{caption}}");
        text(d, "Normal", "{{#table}}");
        text(d, "Normal", "{{?more}}");
        text(d, "Normal", "{{omitted}}");
        text(d, "Normal", "{{/more}}");
        text(d, "Caption", "{{chart}}");
        text(d, "Normal", "{{/tables}}");
        text(d, "Normal", "{{/sections}}");
        return d;
    }

    /** 議事録: the meeting's facts, agenda, decisions and the action items (one looping row). */
    static XWPFDocument minutes() {
        XWPFDocument d = TemplateStyles.document(WORK);
        text(d, "Meta", "{{documentDate}}");
        text(d, "DocumentTitle", "議事録");
        text(d, "Subtitle", "{{title}}");
        facts(d, Map.entry("会議種別", "{{kindLabel}}"), Map.entry("日時", "{{heldAt}}"),
                Map.entry("出席者（主管課）", "{{ownerAttendees}}"),
                Map.entry("出席者（運用・保守事業者）", "{{operatorAttendees}}"), Map.entry("報告資料", "{{reportVersion}}"),
                Map.entry("議事録の版", "{{versionLine}}"), Map.entry("提出期限", "{{dueAt}}"),
                Map.entry("承認", "{{approvalLine}}"));
        text(d, "Heading1", "1. 議題");
        text(d, "Normal", "{{agenda}}");
        text(d, "Heading1", "2. 決定事項");
        text(d, "Normal", "{{decisions}}");
        text(d, "Heading1", "3. アクション項目（課題管理表に登録）");
        loopTable(d, new int[] {900, 4050, 1350, 1620, 1080}, List.of("{{actionItems}}番号", "内容", "担当", "期限", "課題番号"),
                List.of("[ref]", "[title]", "[owner]", "[dueDate]", "[issue]"));
        text(d, "Meta", "{{correctionLine}}");
        return d;
    }

    /** 改善提案書: the month's service level (three looping tables) and the sections the operator writes. */
    static XWPFDocument proposal() {
        XWPFDocument d = TemplateStyles.document(WORK);
        text(d, "Meta", "{{documentDate}}");
        text(d, "DocumentTitle", "改善提案書");
        text(d, "Subtitle", "{{title}}");
        facts(d, Map.entry("対象月", "{{month}}"), Map.entry("提出者", "{{author}}"), Map.entry("状態", "{{statusLabel}}"));
        text(d, "Heading1", "1. サービスレベルの現状");
        text(d, "Caption", "処理時間（開庁日の業務時間、時間）: 対象月までの12か月");
        loopTable(d, new int[] {1000, 1500, 900, 800, 1150, 1150, 1150, 1150},
                List.of("{{handling}}月", "種別", "優先度", "件数", "初回応答 平均", "初回応答 中央値", "解決 平均", "解決 中央値"),
                List.of("[month]", "[kind]", "[priority]", "[opened]", "[frAvg]", "[frMedian]", "[resAvg]", "[resMedian]"));
        text(d, "Caption", "利用者満足度（1〜5）");
        loopTable(d, new int[] {2000, 3600, 1800, 1800}, List.of("{{satisfaction}}月", "窓口", "件数", "平均"),
                List.of("[month]", "[channel]", "[ratings]", "[average]"));
        text(d, "Heading1", "2. サービスレベルが低下した項目");
        loopTable(d, new int[] {5200, 2000, 2000}, List.of("{{falls}}項目", "前月", "対象月"),
                List.of("[what]", "[before]", "[now]"));
        text(d, "Heading1", "3. 改善提案");
        text(d, "Normal", "{{proposal}}");
        text(d, "Heading1", "4. 期待される効果");
        text(d, "Normal", "{{expectedEffect}}");
        text(d, "Heading1", "5. 費用");
        text(d, "Normal", "{{cost}}");
        return d;
    }

    /** One paragraph of a style, its text (tags included) in one run so poi-tl finds each tag whole. */
    private static XWPFParagraph text(XWPFDocument d, String style, String text) {
        XWPFParagraph p = d.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    /** A two-column table of labels (the style's shaded first column) and values. */
    @SafeVarargs
    private static void facts(XWPFDocument d, Map.Entry<String, String>... rows) {
        XWPFTable table = table(d, rows.length, new int[] {2700, TemplateStyles.TEXT_WIDTH - 2700}, false, true);
        for (int i = 0; i < rows.length; i++) {
            cell(table.getRow(i).getCell(0), rows[i].getKey());
            cell(table.getRow(i).getCell(1), rows[i].getValue());
        }
        d.createParagraph().setStyle("Normal");
    }

    /** A header row (its first cell starts with the poi-tl loop tag) and the row repeated per item. */
    private static void loopTable(XWPFDocument d, int[] widths, List<String> header, List<String> row) {
        XWPFTable table = table(d, 2, widths, true, false);
        for (int c = 0; c < widths.length; c++) {
            cell(table.getRow(0).getCell(c), header.get(c));
            cell(table.getRow(1).getCell(c), row.get(c));
        }
        table.getRow(0).setRepeatHeader(true);
        d.createParagraph().setStyle("Normal");
    }

    private static XWPFTable table(XWPFDocument d, int rows, int[] widths, boolean headerRow, boolean firstColumn) {
        XWPFTable table = d.createTable(rows, widths.length);
        CTTblPr pr = table.getCTTbl().getTblPr();
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        table.setStyleID(TemplateStyles.TABLE_STYLE);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
        var look = pr.isSetTblLook() ? pr.getTblLook() : pr.addNewTblLook();
        // both forms Word writes: the bit mask (firstRow 0x20, firstColumn 0x80, noHBand 0x200, noVBand 0x400),
        // which LibreOffice reads, and the named flags
        look.setVal(new byte[] {0x06, (byte) ((headerRow ? 0x20 : 0) | (firstColumn ? 0x80 : 0))});
        look.setFirstRow(headerRow ? "1" : "0");
        look.setFirstColumn(firstColumn ? "1" : "0");
        look.setLastRow("0");
        look.setLastColumn("0");
        look.setNoHBand("1");
        look.setNoVBand("1");
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                var tcW = row.getCell(c).getCTTc().addNewTcPr().addNewTcW();
                tcW.setW(BigInteger.valueOf(widths[c]));
                tcW.setType(STTblWidth.DXA);
            }
        }
        return table;
    }

    private static void cell(XWPFTableCell cell, String text) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle("TableText");
        p.createRun().setText(text);
    }
}
