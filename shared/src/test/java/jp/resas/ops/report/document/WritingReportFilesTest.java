package jp.resas.ops.report.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.resas.ops.report.ReportDocument;
import jp.resas.ops.report.ReportKind;
import jp.resas.ops.report.ReportSection;
import jp.resas.ops.report.ReportTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class WritingReportFilesTest {

    private static final ReportTable COSTS = ReportTable.of("10-1 サービス別費用", "サービス別のクラウド利用料",
            List.of("サービス", "金額"), List.of(List.of("Amazon S3", "12.50"), List.of("AWS Lambda", "取得できませんでした"),
                    List.of("Amazon RDS", "80.25"))).withChart("サービス別の利用料", ReportTable.Chart.Type.BAR, 0, 1);
    private static final ReportDocument REPORT = new ReportDocument(ReportKind.MONTHLY, "2026-11", "月次定例報告書",
            "令和8年11月", Instant.parse("2026-12-01T00:00:00Z"), List.of(
                    new ReportSection("1", "概況", List.of("稼働率は 99.9% でした。"), List.of()),
                    new ReportSection("10", "費用", List.of("費用の内訳です。"), List.of(COSTS,
                            ReportTable.of("10-2 予算", "予算", List.of("しきい値", "状況"), List.of())))));

    @Test
    void word_isA4_withHeadingsTablesAndAChartOfTheNumericRows() throws IOException {
        byte[] docx = new DocxWriter().write(REPORT, "PDF 版は作成していません。");

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getH()).hasToString("16838");
            Map<String, String> styled = new LinkedHashMap<>();
            for (XWPFParagraph p : document.getParagraphs()) {
                if (!p.getText().isBlank()) {
                    styled.put(p.getText().strip(), p.getStyle());
                }
            }
            assertThat(styled).containsEntry("月次定例報告書", "Title").containsEntry("令和8年11月", "Subtitle")
                    .containsEntry("1　概況", "Heading1").containsEntry("10　費用", "Heading1")
                    .containsEntry("稼働率は 99.9% でした。", "Normal")
                    .containsEntry("表 10-1 サービス別のクラウド利用料", "Caption")
                    .containsEntry("図 10-1 サービス別の利用料", "Caption");
            assertThat(styled.keySet()).noneMatch(text -> text.contains("{{"));
            XWPFTable costs = document.getTables().get(0);
            assertThat(rows(costs)).containsExactly(List.of("サービス", "金額"), List.of("Amazon S3", "12.50"),
                    List.of("AWS Lambda", "取得できませんでした"), List.of("Amazon RDS", "80.25"));
            assertThat(rows(document.getTables().get(1))).containsExactly(List.of("しきい値", "状況"), List.of("該当なし", ""));
            assertThat(document.getCharts()).hasSize(1);
            var series = document.getCharts().get(0).getChartSeries().get(0).getSeries(0);
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(2);
            assertThat(series.getValuesData().getPointAt(1).doubleValue()).isEqualTo(80.25);
            assertThat(series.getShapeProperties().getFillProperties())
                    .isInstanceOf(org.apache.poi.xddf.usermodel.XDDFSolidFillProperties.class);
            assertThat(document.getCharts().get(0).getAxes())
                    .filteredOn(axis -> axis instanceof org.apache.poi.xddf.usermodel.chart.XDDFValueAxis)
                    .singleElement().satisfies(axis -> assertThat(axis.getMinimum())
                            .as("a bar chart's value axis starts at zero (unset reads NaN)").isZero());
        }
    }

    @Test
    void workbook_hasASheetPerTable_numbersAsNumbers_andANativeChart() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new XlsxWriter().write(REPORT)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            XSSFSheet costs = workbook.getSheet("10-1 サービス別費用");
            assertThat(costs.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12.5);
            assertThat(costs.getRow(2).getCell(1).getStringCellValue()).isEqualTo("取得できませんでした");
            assertThat(costs.getDrawingPatriarch().getCharts()).hasSize(1);
            assertThat(costs.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeries(0).getValuesData()
                    .getPointCount()).isEqualTo(2);
            assertThat(costs.getDrawingPatriarch().getCharts().get(0).getAxes())
                    .filteredOn(axis -> axis instanceof org.apache.poi.xddf.usermodel.chart.XDDFValueAxis)
                    .singleElement().satisfies(axis -> assertThat(axis.getMinimum()).isZero());
            assertThat(workbook.getSheet("概要").getRow(0).getCell(1).getStringCellValue()).isEqualTo("令和8年11月");
        }
    }

    @Test
    void sourceData_isOneCsvPerTable_utf8WithBom() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(new CsvZipWriter().write(REPORT)),
                StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries).containsOnlyKeys("10-1_サービス別費用.csv", "10-2_予算.csv");
        byte[] costs = entries.get("10-1_サービス別費用.csv");
        assertThat(List.of(costs[0], costs[1], costs[2])).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(costs, 3, costs.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("サービス,金額\r\n\"Amazon S3\",12.50\r\n\"AWS Lambda\",取得できませんでした\r\n\"Amazon RDS\",80.25\r\n");
    }

    @Test
    void pdf_isConvertedByLibreOffice() {
        PdfConverter converter = new PdfConverter("soffice", System.getenv("PATH"));
        assertThat(converter.available()).as("LibreOffice (soffice) must be installed: .ci/run installs it").isTrue();

        List<ReportFile> files = new WritingReportFiles(converter).write(REPORT);

        assertThat(files).extracting(ReportFile::name).containsExactly("月次定例報告書_2026-11.docx",
                "月次定例報告書_2026-11.xlsx", "月次定例報告書_2026-11_元データ.zip", "月次定例報告書_2026-11.pdf");
        byte[] pdf = files.get(3).content();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void withoutLibreOffice_thePdfIsSkipped_andTheCoverSaysSo() throws IOException {
        PdfConverter missing = new PdfConverter("/nonexistent/soffice", "");

        List<ReportFile> files = new WritingReportFiles(missing).write(REPORT);

        assertThat(files).extracting(ReportFile::name).doesNotContain("月次定例報告書_2026-11.pdf").hasSize(3);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(files.get(0).content()))) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("PDF 版は作成していません（LibreOffice が導入されていない環境のため）。");
        }
    }

    @Test
    void aLongList_showsItsFirstRowsInWord_andSaysWhereEveryRowIs_whileExcelAndCsvHoldThemAll() throws IOException {
        List<List<String>> inquiries = new ArrayList<>();
        for (int i = 1; i <= 1234; i++) {
            inquiries.add(List.of("INQ-" + i, "問合せ " + i));
        }
        ReportTable list = ReportTable.of("4-4 問合せ一覧", "当月の問合せ", List.of("ID", "件名"), inquiries);
        ReportDocument report = new ReportDocument(ReportKind.MONTHLY, "2026-11", "月次定例報告書", "令和8年11月",
                Instant.parse("2026-12-01T00:00:00Z"), List.of(new ReportSection("4", "問合せ", List.of(), List.of(list,
                        ReportTable.of("4-5 問合せ一覧", "二つ目の一覧", List.of("ID", "件名"), inquiries)))));

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(new DocxWriter().write(report, "")))) {
            List<List<String>> shown = rows(document.getTables().get(0));
            assertThat(shown).hasSize(DocxWriter.WORD_ROWS + 1);
            assertThat(shown.subList(1, shown.size())).isEqualTo(inquiries.subList(0, DocxWriter.WORD_ROWS));
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("全 1,234 件のうち先頭 100 件を示しています。全件は Excel の「4-4 問合せ一覧」シートと元データ ZIP の"
                            + "「4-4_問合せ一覧.csv」にあります。")
                    .noneMatch(t -> t.contains("{{") || t.contains("}}"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new XlsxWriter().write(report)))) {
            XSSFSheet sheet = workbook.getSheet("4-4 問合せ一覧");
            assertThat(sheet.getLastRowNum()).isEqualTo(1234);
            assertThat(sheet.getRow(1234).getCell(0).getStringCellValue()).isEqualTo("INQ-1234");
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(new CsvZipWriter().write(report)),
                StandardCharsets.UTF_8)) {
            zip.getNextEntry();
            assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\r\n")).hasSize(1235);
        }
    }

    @Test
    void aShortList_isWhole_withNoNote() throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(new DocxWriter().write(REPORT, "")))) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText).noneMatch(t -> t.startsWith("全 "));
        }
    }

    @Test
    void wideTables_goOnALandscapePage_withColumnsWideEnoughForTheirHeadersAndLabels() throws IOException {
        ReportTable figures = ReportTable.of("6-3 脆弱性", "脆弱性の件数", List.of("指標", "件数"),
                List.of(List.of("未対応 CRITICAL", "1"), List.of("当月検出", "2")));
        ReportTable due = ReportTable.of("6-5 サポート終了予定", "サポート終了まで 180 日以内の項目", List.of("ID", "システム", "種別",
                "名称", "版", "サポート終了日", "残日数", "バージョンアップ", "出典"), List.of(List.of("12", "RESAS", "Lambda ランタイム",
                "AWS Lambda Python", "python3.9", "2026-12-15", "17", "変更要求 48（試験合格）",
                "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html")));
        ReportTable done = ReportTable.of("6-6 バージョンアップ実績", "当月に完了したバージョンアップ", List.of("完了日時", "項目",
                "新しい版", "変更要求", "試験環境", "試験結果", "試験者", "完了確認者"), List.of(List.of("2026-11-20 15:30",
                "AWS Lambda Ruby ruby3.2", "ruby3.4", "51", "検証環境", "合格", "sato", "tanaka")));
        ReportTable drills = ReportTable.of("6-13 リストア訓練", "リストア訓練の実施と結果", List.of("ID", "種別", "内容", "実施日時",
                "実施者", "復旧時間(分)", "目標(分)", "データの古さ(時間)", "検証", "状態", "承認者"), List.of(List.of("3",
                "自動（月次リストアテスト）", "RDS スナップショットからの復元", "2026-11-12 10:00", "sato", "45", "120", "6", "合格",
                "実施済（承認待ち）", "tanaka")));
        ReportTable findings = ReportTable.of("6-14 指摘", "未対応の指摘", List.of("ID", "重大度", "指摘"),
                List.of(List.of("7", "MEDIUM", "クリックジャッキング対策なし")));
        ReportDocument report = new ReportDocument(ReportKind.MONTHLY, "2026-11", "月次定例報告書", "令和8年11月",
                Instant.parse("2026-12-01T00:00:00Z"), List.of(new ReportSection("6", "保守・メンテナンス",
                        List.of("セキュリティ運用の概況です。"), List.of(figures, due, done, drills, findings))));

        byte[] docx = new DocxWriter().write(report, "");
        // kept for a person to look at (soffice --convert-to pdf, pdftoppm), as docs/reports.md shows its pages
        java.nio.file.Files.write(java.nio.file.Path.of("target", "wide-tables.docx"), docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(5);
            assertThat(tables.stream().map(t -> orientation(document, t)).toList())
                    .containsExactly("portrait", "landscape", "portrait", "landscape", "portrait");
            CTSectPr turned = section(document, tables.get(1));
            assertThat(turned.getPgSz().getW()).hasToString("16838");
            assertThat(turned.getPgSz().getH()).hasToString("11906");
            assertThat(turned.getPgMar().getLeft()).hasToString("1134");
            assertThat(turned.getHeaderReferenceList()).as("the landscape page keeps the header").hasSize(1);
            assertThat(section(document, tables.get(2))).as("6-6 is on a portrait section of its own")
                    .isNotSameAs(section(document, tables.get(4)));
            assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");

            List<Integer> drillColumns = columns(tables.get(3));
            // poi-tl takes the widths in centimetres: a few twips go in rounding
            assertThat(drillColumns.stream().mapToInt(Integer::intValue).sum()).isCloseTo(16838 - 2 * 1134, within(30));
            for (int c = 0; c < drills.headers().size(); c++) {
                String header = drills.headers().get(c);
                String label = drills.rows().get(0).get(c);
                assertThat(drillColumns.get(c)).as("6-13 column %s fits 「%s」 and 「%s」 on one line", c, header, label)
                        .isGreaterThan((int) TableLayout.width(header))
                        .isGreaterThan(label.length() > TableLayout.LABEL_LENGTH ? 0 : (int) TableLayout.width(label));
            }
            assertThat(columns(tables.get(0)).stream().mapToInt(Integer::intValue).sum()).isCloseTo(11906 - 2 * 1134,
                    within(30));
            assertThat(tables.get(3).getRow(1).getCell(9).getParagraphs().get(0).getStyle())
                    .isEqualTo(DocxWriter.TABLE_TEXT);
            assertThat(rows(tables.get(3)).get(1)).isEqualTo(drills.rows().get(0));
        }
    }

    /** The section a body element belongs to: the next paragraph holding section properties, else the body's. */
    private static CTSectPr section(XWPFDocument document, XWPFTable table) {
        List<org.apache.poi.xwpf.usermodel.IBodyElement> body = document.getBodyElements();
        for (int i = document.getPosOfTable(table) + 1; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                return p.getCTP().getPPr().getSectPr();
            }
        }
        return document.getDocument().getBody().getSectPr();
    }

    private static String orientation(XWPFDocument document, XWPFTable table) {
        var size = section(document, table).getPgSz();
        boolean landscape = size.getOrient() == STPageOrientation.LANDSCAPE;
        assertThat(((java.math.BigInteger) size.getW()).intValue() > ((java.math.BigInteger) size.getH()).intValue())
                .as("page size agrees with the orientation").isEqualTo(landscape);
        return landscape ? "landscape" : "portrait";
    }

    private static List<Integer> columns(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream()
                .map(c -> ((java.math.BigInteger) c.getW()).intValue()).toList();
    }

    static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        table.getRows().forEach(r -> rows.add(r.getTableCells().stream().map(c -> c.getText()).toList()));
        return rows;
    }
}
