package jp.resas.ops.dataset.spec;

import java.nio.charset.Charset;

/**
 * How the raw file is written. {@code encoding}: {@code UTF-8} (with or without BOM) or
 * {@code Shift_JIS}/{@code Windows-31J} (both read as Windows-31J, the superset government files use:
 * ①, ㈱ and NEC/IBM extensions). {@code headerRows}: rows before the data; the last one names the columns.
 */
public record SourceSpec(SourceFormat format, String encoding, int headerRows, boolean ignoreExtraColumns) {

    public SourceSpec {
        format = format == null ? SourceFormat.CSV : format;
        encoding = encoding == null ? "UTF-8" : encoding;
        headerRows = format == SourceFormat.CSV && headerRows == 0 ? 1 : headerRows;
        charset(encoding);
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
