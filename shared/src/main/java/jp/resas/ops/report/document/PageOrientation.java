package jp.resas.ops.report.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Puts the tables too wide for A4 portrait ({@link TableLayout#landscape()}) on landscape pages: a run of such
 * tables becomes one Word section with the page turned (16838×11906 twips, the template's margins, header and
 * footer), between the portrait sections before and after it. A section ends at a paragraph holding its
 * properties: the portrait one just before the run (before the report section's heading when the run starts the
 * report section, so a heading never stays behind alone), the landscape one at the chart paragraph under the run's
 * last table.
 */
final class PageOrientation {

    private static final String CAPTION = "Caption";
    private static final String HEADING = "Heading1";

    private PageOrientation() {
    }

    /** @param layouts one per table, in the order the tables stand in the document */
    static void turnWideTables(XWPFDocument document, List<TableLayout> layouts) {
        List<XWPFTable> tables = document.getTables();
        if (tables.size() != layouts.size()) {
            throw new IllegalStateException("the Word file has " + tables.size() + " tables, the report " + layouts.size());
        }
        CTSectPr portrait = document.getDocument().getBody().getSectPr();
        int first = 0;
        while (first < layouts.size()) {
            if (!layouts.get(first).landscape()) {
                first++;
                continue;
            }
            int last = first;
            while (last + 1 < layouts.size() && layouts.get(last + 1).landscape()) {
                last++;
            }
            XWPFParagraph end = chartParagraphAfter(document, tables.get(last));
            endSection(document, start(document, tables.get(first)), portrait);
            (end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr()).setSectPr(landscape(portrait));
            first = last + 1;
        }
    }

    /** The first element of a landscape run: the table's caption, or its report section's heading. */
    private static int start(XWPFDocument document, XWPFTable table) {
        List<IBodyElement> body = document.getBodyElements();
        int at = document.getPosOfTable(table) - 1;
        if (!(body.get(at) instanceof XWPFParagraph caption) || !CAPTION.equals(caption.getStyle())) {
            throw new IllegalStateException("no caption above a table of the report");
        }
        for (int i = at - 1; i >= 0 && body.get(i) instanceof XWPFParagraph p && !CAPTION.equals(p.getStyle()); i--) {
            if (HEADING.equals(p.getStyle())) {
                return i;
            }
        }
        return at;
    }

    /**
     * Ends the section before the element at {@code start} with the portrait page: in the paragraph just before it
     * when that holds nothing but a page break (the cover's last line; the section break then turns the page), else
     * in an empty paragraph put there.
     */
    private static void endSection(XWPFDocument document, int start, CTSectPr portrait) {
        IBodyElement before = document.getBodyElements().get(start - 1);
        XWPFParagraph end;
        if (before instanceof XWPFParagraph p && p.getText().isEmpty() && pageBreakOnly(p)) {
            p.removeRun(0);
            end = p;
        } else {
            IBodyElement first = document.getBodyElements().get(start);
            end = document.insertNewParagraph(first instanceof XWPFParagraph p ? p.getCTP().newCursor()
                    : ((XWPFTable) first).getCTTbl().newCursor());
        }
        (end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr())
                .setSectPr((CTSectPr) portrait.copy());
    }

    private static boolean pageBreakOnly(XWPFParagraph paragraph) {
        List<XWPFRun> runs = paragraph.getRuns();
        return runs.size() == 1 && runs.get(0).getCTR().getBrList().size() == 1
                && runs.get(0).getCTR().getBrArray(0).getType() == STBrType.PAGE;
    }

    /** The paragraph the template leaves under each table for its chart (style Caption, empty without a chart). */
    private static XWPFParagraph chartParagraphAfter(XWPFDocument document, XWPFTable table) {
        List<IBodyElement> body = document.getBodyElements();
        for (int i = document.getPosOfTable(table) + 1; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && CAPTION.equals(p.getStyle())) {
                return p;
            }
        }
        throw new IllegalStateException("no chart paragraph under a table of the report");
    }

    /** The portrait section's properties with the page turned: the same margins, header and footer. */
    private static CTSectPr landscape(CTSectPr portrait) {
        CTSectPr turned = (CTSectPr) portrait.copy();
        turned.getPgSz().setW(BigInteger.valueOf(16838));
        turned.getPgSz().setH(BigInteger.valueOf(11906));
        turned.getPgSz().setOrient(STPageOrientation.LANDSCAPE);
        return turned;
    }
}
