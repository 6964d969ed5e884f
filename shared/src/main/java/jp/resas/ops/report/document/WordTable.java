package jp.resas.ops.report.document;

import java.util.List;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

/**
 * A report table as Word XML ({@code w:tbl}), written in one pass as text and parsed once, instead of being built cell
 * by cell through poi-tl's table policy (which created, styled and looked up every row, cell, paragraph and run through
 * XMLBeans: about half the Word file's CPU for a month's tables). The markup is the one poi-tl's {@code TableRenderPolicy}
 * wrote for {@code Tables.ofWidth(...)} with a shaded, bold, repeated header row and every cell's paragraph in the
 * template's "Table Text" style, element for element, so the file reads and looks the same
 * ({@code WordTableTest} compares the two).
 */
record WordTable(CTTbl xml) {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String HEADER_FILL = "D9E2F3";
    private static final String BORDER = " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>";
    private static final String PARAGRAPH = "<w:p><w:pPr><w:pStyle w:val=\"" + DocxWriter.TABLE_TEXT
            + "\"/><w:pBdr/><w:ind/></w:pPr><w:r><w:rPr><w:u w:color=\"auto\"/>";
    private static final double TWIPS_PER_CM = 567.0;

    /**
     * @param rows the rows shown (an empty list gives the one 該当なし row)
     */
    static WordTable of(List<String> headers, List<List<String>> rows, TableLayout layout) {
        StringBuilder xml = new StringBuilder(512 + rows.size() * headers.size() * 200);
        xml.append("<w:tbl xmlns:w=\"").append(W).append("\"><w:tblPr><w:tblW w:w=\"").append(twips(layout.body()))
                .append("\" w:type=\"dxa\"/><w:tblInd w:type=\"dxa\" w:w=\"0\"/><w:tblBorders><w:top").append(BORDER)
                .append("<w:left").append(BORDER).append("<w:bottom").append(BORDER).append("<w:right").append(BORDER)
                .append("<w:insideH").append(BORDER).append("<w:insideV").append(BORDER)
                .append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:type=\"dxa\" w:w=\"107\"/>"
                        + "<w:right w:type=\"dxa\" w:w=\"107\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        int[] widths = layout.columns().stream().mapToInt(WordTable::twips).toArray();
        for (int width : widths) {
            xml.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        xml.append("</w:tblGrid>");
        row(xml, headers, widths, true);
        if (rows.isEmpty()) {
            String[] none = new String[headers.size()];
            java.util.Arrays.fill(none, "");
            none[0] = "該当なし";
            row(xml, List.of(none), widths, false);
        }
        for (List<String> row : rows) {
            row(xml, row, widths, false);
        }
        xml.append("</w:tbl>");
        try {
            // the w:tbl element dropped on loading: its content is the table's content
            return new WordTable(CTTbl.Factory.parse(xml.toString(), new XmlOptions().setLoadReplaceDocumentElement(null)));
        } catch (XmlException e) {
            throw new IllegalStateException("the table's Word XML does not parse", e);
        }
    }

    /** Twips as poi-tl writes a width given in centimetres ({@code UnitUtils.cm2Twips}: truncated). */
    private static int twips(int twips) {
        return (int) (twips / TWIPS_PER_CM / 2.54 * 1440.0);
    }

    private static void row(StringBuilder xml, List<String> cells, int[] widths, boolean header) {
        xml.append(header ? "<w:tr><w:trPr><w:tblHeader w:val=\"on\"/></w:trPr>" : "<w:tr><w:trPr/>");
        for (int c = 0; c < cells.size(); c++) {
            xml.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(widths[c]).append("\" w:type=\"dxa\"/>");
            if (header) {
                xml.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(HEADER_FILL).append("\"/>");
            }
            xml.append("</w:tcPr>").append(PARAGRAPH);
            if (header) {
                xml.append("<w:b w:val=\"on\"/>");
            }
            xml.append("</w:rPr>");
            text(xml, cells.get(c));
            xml.append("</w:r><w:r/></w:p></w:tc>");
        }
        xml.append("</w:tr>");
    }

    /**
     * The cell's text as poi-tl writes it into a table: lines split at {@code \n} or {@code \r\n}, a text-wrapping
     * break between them, {@code xml:space="preserve"} where a line starts or ends with white space (as POI's
     * {@code XWPFRun.setText}); a character XML cannot hold becomes {@code ?}, as XMLBeans writes it.
     */
    static void text(StringBuilder xml, String text) {
        String[] lines = text.split("\\n|(\\r\\n)", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                xml.append("<w:br w:type=\"textWrapping\"/>");
            }
            String line = lines[i];
            if (line.isEmpty()) {
                xml.append("<w:t/>");
                continue;
            }
            boolean preserve = Character.isWhitespace(line.charAt(0))
                    || Character.isWhitespace(line.charAt(line.length() - 1));
            xml.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
            escape(xml, line);
            xml.append("</w:t>");
        }
    }

    private static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '\r' -> xml.append("&#13;");
                case '\t', '\n' -> xml.append(ch);
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        xml.append(ch).append(text.charAt(++i));
                    } else if (ch < 0x20 || Character.isSurrogate(ch) || ch == 0xFFFE || ch == 0xFFFF) {
                        xml.append('?');
                    } else {
                        xml.append(ch);
                    }
                }
            }
        }
    }
}
