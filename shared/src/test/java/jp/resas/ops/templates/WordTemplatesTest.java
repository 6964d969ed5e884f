package jp.resas.ops.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.deepoove.poi.XWPFTemplate;
import com.deepoove.poi.template.MetaTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed Word templates are real word-processor documents: named styles (Title, heading 1,
 * caption, the table style with its header row and first column), Japanese fonts and language in the
 * document defaults, A4, a header and a page-number footer, every paragraph and table cell in a named
 * style; and they hold the same text and tags as {@link WordTemplateAuthor} writes (so an owner who
 * restyles one in Word keeps this test green, and one who loses a tag the code fills turns it red).
 */
class WordTemplatesTest {

    static List<String> templates() {
        return WordTemplateAuthor.TEMPLATES;
    }

    private static Path authored() throws IOException {
        String out = System.getProperty("resas.templates.out");
        Path dir = out == null || out.isBlank() ? Path.of("target", "word-templates") : Path.of(out);
        WordTemplateAuthor.writeAll(dir);
        return dir;
    }

    private static XWPFDocument committed(String template) throws IOException {
        try (InputStream in = WordTemplatesTest.class.getResourceAsStream("/" + template)) {
            assertThat(in).as(template + " on the classpath").isNotNull();
            return new XWPFDocument(in);
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void committedTemplateIsStyledA4WithJapaneseFontsHeaderAndPageNumbers(String template) throws IOException {
        try (XWPFDocument document = committed(template)) {
            var styles = document.getStyles();
            for (String id : List.of("Normal", "Title", "Subtitle", "Heading1", "Caption", "Meta", "TableText")) {
                assertThat(styles.styleExist(id)).as(template + " has style " + id).isTrue();
            }
            String xml;
            try (InputStream part = styles.getPackagePart().getInputStream()) {
                xml = new String(part.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            String tableStyle = xml.substring(xml.indexOf("w:styleId=\"" + TemplateStyles.TABLE_STYLE + "\""));
            tableStyle = tableStyle.substring(0, tableStyle.indexOf("</w:style>"));
            assertThat(tableStyle).as(template + " table style").contains("tblBorders").contains("w:type=\"firstRow\"")
                    .contains("w:type=\"firstCol\"").contains(TemplateStyles.HEADER_FILL);
            String defaults = xml.substring(xml.indexOf("docDefaults"), xml.lastIndexOf("docDefaults"));
            assertThat(defaults).contains("w:eastAsia=\"" + TemplateStyles.FONT + "\"").contains("w:eastAsia=\"ja-JP\"");
            var page = document.getDocument().getBody().getSectPr().getPgSz();
            assertThat(page.getW().toString() + "x" + page.getH()).isEqualTo("11906x16838");
            assertThat(document.getHeaderList()).singleElement()
                    .satisfies(h -> assertThat(h.getText()).contains(WordTemplateAuthor.WORK));
            assertThat(document.getFooterList()).singleElement()
                    .satisfies(f -> assertThat(f.getParagraphs().get(0).getCTP().xmlText()).contains(" PAGE ").contains(" NUMPAGES "));
            List<String> unstyled = new ArrayList<>();
            for (XWPFParagraph p : document.getParagraphs()) {
                if (p.getStyle() == null && !p.getText().isBlank()) {
                    unstyled.add(p.getText());
                }
            }
            for (XWPFTable table : document.getTables()) {
                assertThat(table.getStyleID()).as(template + " table style").isEqualTo(TemplateStyles.TABLE_STYLE);
                table.getRows().forEach(r -> r.getTableCells().forEach(c -> c.getParagraphs().stream()
                        .filter(p -> p.getStyle() == null && !p.getText().isBlank()).forEach(p -> unstyled.add(p.getText()))));
            }
            assertThat(unstyled).as(template + " text in no named style").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void committedTemplateHoldsTheAuthoredTextAndTags(String template) throws IOException {
        Path dir = authored();
        try (XWPFDocument committed = committed(template);
             XWPFDocument written = new XWPFDocument(Files.newInputStream(dir.resolve(template)));
             XWPFWordExtractor a = new XWPFWordExtractor(committed);
             XWPFWordExtractor b = new XWPFWordExtractor(written)) {
            assertThat(a.getText()).isEqualTo(b.getText());
        }
        try (InputStream in = WordTemplatesTest.class.getResourceAsStream("/" + template);
             XWPFTemplate compiled = XWPFTemplate.compile(in)) {
            List<String> tags = compiled.getElementTemplates().stream().map(MetaTemplate::variable).toList();
            assertThat(tags).as(template + " tags found whole by poi-tl").isNotEmpty()
                    .allSatisfy(t -> assertThat(t).startsWith("{{").endsWith("}}"));
        }
    }
}
