package jp.resas.ops.report.document;

import java.util.List;
import jp.resas.ops.report.ReportTable;

/**
 * How a table sits on the A4 page of the Word file: each column's width, chosen from the text it shows, and whether
 * the table needs a landscape page. A column gets at least the width of its header (on one line: a line breaking inside
 * 「(時間)」 reads badly) and of its longest label or token (a date, a time, an ID, 「実施済（承認待ち）」), so
 * these never break inside; long prose (titles, messages, URLs) gets what is left and wraps. When the columns' least
 * widths do not fit portrait's 17.0 cm, the table goes on a landscape page (25.7 cm); when they do not fit that either,
 * every column is narrowed in proportion (the least the page can do).
 *
 * <p>Widths are estimated for the table text's font (Noto Sans CJK JP 9 pt, the template's "Table Text"): a full-width
 * character is one em, a half-width one 0.55 em.
 *
 * @param columns each column's width in twips (1/1440 inch), summing to the body width of the orientation
 */
public record TableLayout(boolean landscape, List<Integer> columns) {

    public TableLayout {
        columns = List.copyOf(columns);
    }

    /** A4 portrait 11906 twips wide less the template's 1134-twip side margins. */
    static final int PORTRAIT_BODY = 11906 - 2 * 1134;
    /** A4 landscape 16838 twips wide less the same side margins. */
    static final int LANDSCAPE_BODY = 16838 - 2 * 1134;
    /** 9 pt, the size of the table text, in twips. */
    static final double EM = 9 * 20;
    /** The cell's left and right margins (108 twips each, the default table style) and a little air. */
    static final double PADDING = 2 * 108 + 40;
    /** A label or token longer than this (a URL, a long unspaced name) may wrap (4.5 cm). */
    static final double LONGEST_TOKEN = 4.5 * 567;
    /** The least a prose column gets (2.5 cm): enough for a dozen characters a line. */
    static final double PROSE = 2.5 * 567;
    /** Text longer than this many characters reads as prose, not as a label. */
    static final int LABEL_LENGTH = 16;

    /** @param shown the rows the Word file shows (the first {@link DocxWriter#WORD_ROWS}) */
    static TableLayout of(ReportTable table, List<List<String>> shown) {
        int n = table.headers().size();
        double[] least = new double[n];
        double[] want = new double[n];
        for (int c = 0; c < n; c++) {
            String header = table.headers().get(c);
            least[c] = width(header) * 1.05;
            want[c] = least[c];
            for (List<String> row : shown) {
                String text = row.get(c);
                double whole = width(text);
                want[c] = Math.max(want[c], whole);
                least[c] = Math.max(least[c], text.length() > LABEL_LENGTH
                        ? Math.min(Math.max(widestToken(text), Math.min(whole, PROSE)), LONGEST_TOKEN)
                        : Math.min(whole, LONGEST_TOKEN));
            }
            least[c] += PADDING;
            want[c] = Math.max(want[c] + PADDING, least[c]);
        }
        double leastTotal = sum(least);
        boolean landscape = leastTotal > PORTRAIT_BODY;
        int body = landscape ? LANDSCAPE_BODY : PORTRAIT_BODY;
        return new TableLayout(landscape, fit(least, want, body));
    }

    /** The body width of the page this table is on, in twips. */
    int body() {
        return landscape ? LANDSCAPE_BODY : PORTRAIT_BODY;
    }

    /** Each column between its least and wanted width, filling the body exactly. */
    private static List<Integer> fit(double[] least, double[] want, int body) {
        int n = least.length;
        double leastTotal = sum(least);
        double wantTotal = sum(want);
        double[] width = new double[n];
        for (int c = 0; c < n; c++) {
            if (leastTotal >= body) {
                width[c] = least[c] * body / leastTotal;
            } else if (wantTotal <= body) {
                width[c] = want[c] + (body - wantTotal) * want[c] / wantTotal;
            } else {
                width[c] = least[c] + (want[c] - least[c]) * (body - leastTotal) / (wantTotal - leastTotal);
            }
        }
        int[] twips = new int[n];
        int total = 0;
        for (int c = 0; c < n; c++) {
            twips[c] = (int) Math.floor(width[c]);
            total += twips[c];
        }
        twips[n - 1] += body - total;
        return java.util.Arrays.stream(twips).boxed().toList();
    }

    /** The text's width on one line, in twips. */
    static double width(String text) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            ems += halfWidth(text.charAt(i)) ? 0.55 : 1.0;
        }
        return ems * EM;
    }

    /** The widest run of prose that does not break: half-width words (dates, IDs, URLs) and bracketed labels. */
    private static double widestToken(String text) {
        double widest = 0;
        double run = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ' || ch == '　' || !halfWidth(ch)) {
                run = 0;
            } else {
                run += 0.55 * EM;
                widest = Math.max(widest, run);
            }
        }
        return widest;
    }

    private static boolean halfWidth(char ch) {
        return ch < 0x2E80 || (ch >= 0xFF61 && ch <= 0xFFDC);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
