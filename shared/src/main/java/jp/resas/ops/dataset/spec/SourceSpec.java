package jp.resas.ops.dataset.spec;

import java.nio.charset.Charset;

/**
 * How the raw file is written. {@code encoding}: {@code UTF-8} (with or without BOM) or
 * {@code Shift_JIS}/{@code Windows-31J} (both read as Windows-31J, the superset government files use:
 * ①, ㈱ and NEC/IBM extensions). {@code headerRows}: rows before the data; the last one names the columns.
 * {@code maxFieldLength} / {@code maxLineLength}: the longest field and record (characters) a CSV row may
 * have before it is reported {@code field-too-long} and skipped without being held in memory (0: the defaults).
 */
public record SourceSpec(SourceFormat format, String encoding, int headerRows, boolean ignoreExtraColumns,
        int maxFieldLength, int maxLineLength) {

    /** Default bound of one field: far beyond any real cell, small enough for a bounded heap. */
    public static final int DEFAULT_MAX_FIELD = 10_000;
    /** Default bound of one record (all its fields). */
    public static final int DEFAULT_MAX_LINE = 100_000;

    public SourceSpec {
        if (maxFieldLength < 0 || maxLineLength < 0) {
            throw new SpecException("source.maxFieldLength and source.maxLineLength must be positive");
        }
        if (maxFieldLength > 0 && maxLineLength > 0 && maxLineLength < maxFieldLength) {
            throw new SpecException("source.maxLineLength must not be below source.maxFieldLength");
        }
        format = format == null ? SourceFormat.CSV : format;
        encoding = encoding == null ? "UTF-8" : encoding;
        headerRows = format == SourceFormat.CSV && headerRows == 0 ? 1 : headerRows;
        charset(encoding);
    }

    public int fieldLimit() {
        return maxFieldLength > 0 ? maxFieldLength : Math.min(DEFAULT_MAX_FIELD, lineLimit());
    }

    public int lineLimit() {
        return maxLineLength > 0 ? maxLineLength : Math.max(DEFAULT_MAX_LINE, maxFieldLength);
    }

    public Charset charset() {
        return charset(encoding);
    }

    public boolean utf8() {
        return charset().name().equals("UTF-8");
    }

    private static Charset charset(String encoding) {
        return switch (encoding.toUpperCase(java.util.Locale.ROOT).replace('-', '_')) {
            case "UTF_8", "UTF8" -> java.nio.charset.StandardCharsets.UTF_8;
            case "SHIFT_JIS", "SJIS", "WINDOWS_31J", "MS932", "CP932" -> Charset.forName("windows-31j");
            default -> throw new SpecException("source.encoding must be UTF-8, Shift_JIS or Windows-31J, not " + encoding);
        };
    }
}
