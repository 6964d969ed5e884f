package jp.resas.ops.templates;

import java.math.BigInteger;
import java.util.function.Consumer;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What every RESAS Ops Word template shares, written through POI as a word processor would: A4 with the
 * margins of a government document, Japanese fonts (Noto Sans CJK JP for East Asian and Latin text, the
 * font LibreOffice converts with here; an owner may switch to 游ゴシック or ＭＳ 明朝 in Word by editing the
 * styles), named paragraph styles (標準 Normal, Title, Subtitle, heading 1/2, caption, Meta, header,
 * footer) and the table style {@code ResasTable} (grey grid, shaded bold header row and first column when
 * the table's look asks for them). Change a style in Word and every place using it follows.
 */
final class TemplateStyles {

    static final String FONT = "Noto Sans CJK JP";
    static final String ACCENT = "1F4E79";
    static final String HEADER_FILL = "D9E2F3";
    static final String TABLE_STYLE = "ResasTable";
    /** A4 in twentieths of a point, and its text width with 2 cm side margins. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * 1134;
    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    private TemplateStyles() {
    }

    /** A new document with the styles, the page, and a header naming the work and a page-number footer. */
    static XWPFDocument document(String headerText) {
        XWPFDocument document = new XWPFDocument();
        document.createStyles().setStyles(styles());
        document.getProperties().getCoreProperties().setCreator("RESAS Ops");
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(PAGE_WIDTH));
        section.getPgSz().setH(BigInteger.valueOf(PAGE_HEIGHT));
        var margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1418));
        margins.setBottom(BigInteger.valueOf(1418));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(1134));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
        section.addNewDocGrid().setLinePitch(BigInteger.valueOf(360));

        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph top = header.createParagraph();
        top.setStyle("Header");
        top.setAlignment(ParagraphAlignment.RIGHT);
        top.createRun().setText(headerText);

        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph bottom = footer.createParagraph();
        bottom.setStyle("Footer");
        bottom.setAlignment(ParagraphAlignment.CENTER);
        bottom.createRun().setText("- ");
        var page = bottom.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        page.addNewR().addNewT().setStringValue("1");
        bottom.createRun().setText(" / ");
        var pages = bottom.getCTP().addNewFldSimple();
        pages.setInstr(" NUMPAGES ");
        pages.addNewR().addNewT().setStringValue("1");
        bottom.createRun().setText(" -");
        return document;
    }

    static CTStyles styles() {
        CTStyles styles = CTStyles.Factory.newInstance();
        var defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        fonts(run.addNewRFonts());
        run.addNewKern().setVal(BigInteger.TWO);
        run.addNewSz().setVal(BigInteger.valueOf(20));
        run.addNewSzCs().setVal(BigInteger.valueOf(20));
        var lang = run.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("ja-JP");
        var spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        spacing.setAfter(BigInteger.valueOf(80));
        spacing.setLine(BigInteger.valueOf(300));
        spacing.setLineRule(STLineSpacingRule.AUTO);

        CTStyle normal = paragraph(styles, "Normal", "Normal", null, null, p -> { }, r -> { });
        normal.setDefault(true);
        paragraph(styles, "Title", "Title", "Normal", "Subtitle", p -> {
            p.addNewSpacing().setBefore(BigInteger.valueOf(2400));
            p.getSpacing().setAfter(BigInteger.valueOf(240));
            p.addNewJc().setVal(STJc.CENTER);
        }, r -> {
            r.addNewB();
            size(r, 44);
        });
        paragraph(styles, "Subtitle", "Subtitle", "Normal", "Normal", p -> {
            p.addNewSpacing().setAfter(BigInteger.valueOf(120));
            p.addNewJc().setVal(STJc.CENTER);
        }, r -> size(r, 28));
        paragraph(styles, "Heading1", "heading 1", "Normal", "Normal", p -> {
            p.addNewKeepNext();
            CTBorder line = p.addNewPBdr().addNewBottom();
            line.setVal(STBorder.SINGLE);
            line.setSz(BigInteger.valueOf(8));
            line.setSpace(BigInteger.ONE);
            line.setColor(ACCENT);
            p.addNewSpacing().setBefore(BigInteger.valueOf(360));
            p.getSpacing().setAfter(BigInteger.valueOf(120));
            p.addNewOutlineLvl().setVal(BigInteger.ZERO);
        }, r -> {
            r.addNewB();
            r.addNewColor().setVal(ACCENT);
            size(r, 28);
        });
        paragraph(styles, "Heading2", "heading 2", "Normal", "Normal", p -> {
            p.addNewKeepNext();
            p.addNewSpacing().setBefore(BigInteger.valueOf(200));
            p.getSpacing().setAfter(BigInteger.valueOf(80));
            p.addNewOutlineLvl().setVal(BigInteger.ONE);
        }, r -> {
            r.addNewB();
            size(r, 22);
        });
        paragraph(styles, "Caption", "caption", "Normal", "Normal", p -> {
            p.addNewKeepNext();
            p.addNewSpacing().setBefore(BigInteger.valueOf(160));
            p.getSpacing().setAfter(BigInteger.valueOf(60));
        }, r -> {
            r.addNewB();
            size(r, 18);
        });
        paragraph(styles, "DocumentTitle", "Document Title", "Normal", "Subtitle", p -> {
            p.addNewSpacing().setBefore(BigInteger.valueOf(120));
            p.getSpacing().setAfter(BigInteger.valueOf(120));
            p.addNewJc().setVal(STJc.CENTER);
        }, r -> {
            r.addNewB();
            size(r, 36);
        });
        paragraph(styles, "Meta", "Meta", "Normal", null, p -> p.addNewJc().setVal(STJc.RIGHT), r -> size(r, 18));
        paragraph(styles, "TableText", "Table Text", "Normal", null, p -> {
            p.addNewSpacing().setAfter(BigInteger.ZERO);
            p.getSpacing().setLine(BigInteger.valueOf(240));
            p.getSpacing().setLineRule(STLineSpacingRule.AUTO);
        }, r -> size(r, 18));
        paragraph(styles, "Header", "header", "Normal", null, p -> { }, r -> {
            r.addNewColor().setVal("595959");
            size(r, 16);
        });
        paragraph(styles, "Footer", "footer", "Normal", null, p -> { }, r -> size(r, 16));

        // POI's lite schema has no compiled types for a table style's properties, so the two table styles
        // are parsed from their XML (typed access would fail; the document keeps them as written).
        table(styles, "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\" " + NS + "><w:name w:val=\"Normal Table\"/>"
                + "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
                + "</w:tblCellMar></w:tblPr></w:style>");
        String border = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>";
        String emphasis = "><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\""
                + HEADER_FILL + "\"/></w:tcPr></w:tblStylePr>";
        table(styles, "<w:style w:type=\"table\" w:styleId=\"" + TABLE_STYLE + "\" " + NS + "><w:name w:val=\"RESAS Table\"/>"
                + "<w:basedOn w:val=\"TableNormal\"/><w:qFormat/>"
                + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
                + "<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>"
                + "<w:tblPr><w:tblBorders><w:top" + border + "<w:left" + border + "<w:bottom" + border + "<w:right" + border
                + "<w:insideH" + border + "<w:insideV" + border + "</w:tblBorders></w:tblPr>"
                + "<w:tblStylePr w:type=\"firstRow\"" + emphasis
                + "<w:tblStylePr w:type=\"firstCol\"" + emphasis
                + "</w:style>");
        return styles;
    }

    private static void table(CTStyles styles, String xml) {
        try {
            // the element's content becomes the style's (not a w:style nested in a w:style)
            styles.addNewStyle().set(CTStyle.Factory.parse(xml,
                    new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null)));
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalStateException("table style XML", e);
        }
    }

    private static CTStyle paragraph(CTStyles styles, String id, String name, String basedOn, String next,
            Consumer<CTPPrGeneral> paragraph, Consumer<CTRPr> run) {
        CTStyle style = styles.addNewStyle();
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(id);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (next != null) {
            style.addNewNext().setVal(next);
        }
        style.addNewQFormat();
        paragraph.accept(style.addNewPPr());
        run.accept(style.addNewRPr());
        return style;
    }

    private static void size(CTRPr run, int halfPoints) {
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setEastAsia(FONT);
        fonts.setCs(FONT);
    }
}
