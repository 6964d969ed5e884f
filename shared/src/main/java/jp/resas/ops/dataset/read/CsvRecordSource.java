package jp.resas.ops.dataset.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.dataset.spec.SourceSpec;

/**
 * RFC 4180 CSV (comma, double-quote quoting, CRLF or LF; quoted fields may span lines) read in 64 KiB
 * blocks. Line numbers are physical lines, as an editor shows them. Memory is bounded: a field longer
 * than the spec's {@code maxFieldLength} or a record longer than {@code maxLineLength} characters is
 * skipped to its end without being kept and comes back with a {@code field-too-long} problem; a record
 * with bytes that are not text in the spec's encoding comes back with an {@code encoding} problem. Either
 * way reading goes on with the next record.
 */
public final class CsvRecordSource implements RecordSource {

    private final DecodingReader in;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder(64);
    private final String encoding;
    private final DecodingReader decoding;
    private final int maxField;
    private final int maxLine;
    private long charsBefore;
    private long recordChars;
    private boolean overflow;
    private int overflowColumn;
    private int problemColumn;
    private int position;
    private int limit;
    private long line;
    private boolean unterminated;
    private List<String> header = List.of();
    private long headerLine;

    private CsvRecordSource(DecodingReader in, long firstLine, SourceSpec source) {
        this.in = in;
        this.decoding = in;
        this.line = firstLine;
        this.encoding = source.encoding();
        this.maxField = source.fieldLimit();
        this.maxLine = source.lineLimit();
    }

    /** A whole file: encoding checked, header rows read. */
    public static CsvRecordSource open(InputStream raw, SourceSpec source) throws IOException, SourceFormatException {
        CsvRecordSource csv = new CsvRecordSource(new DecodingReader(EncodingCheck.checked(raw, source),
                source.charset(), 1), 1, source);
        csv.readHeader(source.headerRows());
        return csv;
    }

    /**
     * A chunk of a file that starts at a record boundary on line {@code firstLine}; the header comes from
     * {@code fileStart} (the file's first bytes), which is read up to the header and then closed.
     */
    public static CsvRecordSource openChunk(InputStream fileStart, InputStream chunk, long firstLine, SourceSpec source)
            throws IOException, SourceFormatException {
        List<String> header;
        long headerLine;
        try (CsvRecordSource head = open(fileStart, source)) {
            header = head.header;
            headerLine = head.headerLine;
        }
        CsvRecordSource csv = new CsvRecordSource(new DecodingReader(chunk, source.charset(), firstLine), firstLine, source);
        csv.header = header;
        csv.headerLine = headerLine;
        return csv;
    }

    private void readHeader(int rows) throws SourceFormatException {
        FieldRecord record = new FieldRecord();
        for (int row = 0; row < rows; row++) {
            if (!next(record)) {
                return;
            }
            if (record.problem() != null) {
                throw new SourceFormatException(record.problem().rule(), record.line(), record.problem().column(),
                        record.problem().message());
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            names.add(record.get(i).strip());
        }
        header = List.copyOf(names);
        headerLine = record.line();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public boolean lastRecordUnterminated() {
        return unterminated;
    }

    @Override
    public boolean next(FieldRecord record) throws SourceFormatException {
        if (position >= limit && !fill(record)) {
            return false;
        }
        record.reset(line);
        recordChars = 0;
        overflow = false;
        overflowColumn = 0;
        problemColumn = 0;
        while (true) {
            field.setLength(0);
            int column = record.size() + 1;
            if (buffer[position] == '"') {
                position++;
                quoted(record, column);
            }
            int start = position;
            while (true) {
                if (position == limit) {
                    keep(start, position - start, column);
                    if (!fill(record)) {
                        add(record, column);
                        unterminated = true;
                        return finish(record, true);
                    }
                    start = 0;
                }
                char c = buffer[position];
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                position++;
            }
            keep(start, position - start, column);
            add(record, column);
            char end = buffer[position++];
            if (end == ',') {
                if (position == limit && !fill(record)) {
                    add(record, column + 1);
                    unterminated = true;
                    return finish(record, true);
                }
                continue;
            }
            if (end == '\r' && (position < limit || fill(record)) && buffer[position] == '\n') {
                position++;
            }
            line++;
            unterminated = false;
            return finish(record, false);
        }
    }

    /** Keeps {@code length} characters of the buffer in the current field while within the bounds. */
    private void keep(int start, int length, int column) {
        recordChars += length;
        if (!overflow && (field.length() + length > maxField || recordChars > maxLine)) {
            overflow = true;
            overflowColumn = column;
        }
        if (!overflow) {
            field.append(buffer, start, length);
        }
    }

    private void add(FieldRecord record, int column) {
        recordChars++;
        if (!overflow && recordChars > maxLine) {
            overflow = true;
            overflowColumn = column;
        }
        if (!overflow) {
            record.add(field.toString());
        }
        DecodingReader.Problem problem = decoding.peek();
        if (problemColumn == 0 && problem != null && problem.charPosition() >= 0
                && problem.charPosition() < charsBefore + position) {
            problemColumn = column;
        }
    }

    /** Attaches what went wrong while reading the record: undecodable bytes first, then a length beyond the bounds. */
    private boolean finish(FieldRecord record, boolean atEnd) {
        DecodingReader.Problem first = null;
        for (DecodingReader.Problem problem = decoding.peek(); problem != null && (atEnd || problem.line() < line);
                problem = decoding.peek()) {
            decoding.poll();
            if (first == null || problem.utf8Line() && !first.utf8Line()) {
                first = problem;
            }
        }
        if (first != null) {
            record.problem(new RecordProblem("encoding", first.utf8Line() ? 0 : problemColumn, first.utf8Line()
                    ? "この行は UTF-8 で書かれています（加工仕様の文字コードは " + encoding + "）。この行は読み込みません。"
                    : "文字コード " + encoding + " として読めないバイト列があります（" + first.byteOffset() + " バイト目: 0x"
                            + first.bytes() + "）。この行は読み込みません。"));
        } else if (overflow) {
            record.problem(new RecordProblem("field-too-long", overflowColumn, tooLong()));
        }
        return true;
    }

    private String tooLong() {
        return "項目または行が長すぎます（項目は " + maxField + " 文字、行は " + maxLine
                + " 文字まで。加工仕様の source.maxFieldLength / maxLineLength）。この行は読み込みません。";
    }

    /** Reads a quoted field up to its closing quote (the opening one already consumed). */
    private void quoted(FieldRecord record, int column) throws SourceFormatException {
        long startLine = line;
        while (true) {
            if (position == limit && !fill(record)) {
                if (overflow) {
                    throw new SourceFormatException("field-too-long", startLine, column,
                            "引用符（\"）で始まる項目が閉じられないまま " + maxField + " 文字を超え、ファイルが終わっています。"
                                    + "ファイルが壊れている可能性があります。");
                }
                throw new SourceFormatException("truncated", startLine, column,
                        "引用符（\"）で始まる項目が閉じられないままファイルが終わっています。ファイルが途中で切れている可能性があります。");
            }
            char c = buffer[position++];
            if (c == '"') {
                if (position == limit && !fill(record)) {
                    return;
                }
                if (buffer[position] != '"') {
                    return;
                }
                position++;
            } else if (c == '\n') {
                line++;
            }
            recordChars++;
            if (!overflow && (field.length() >= maxField || recordChars > maxLine)) {
                overflow = true;
                overflowColumn = column;
            }
            if (!overflow) {
                field.append(c);
            }
        }
    }

    private boolean fill(FieldRecord record) throws SourceFormatException {
        try {
            int read = in.read(buffer, 0, buffer.length);
            charsBefore += limit;
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
        } catch (DecodingReader.Undecodable e) {
            throw new SourceFormatException("truncated", line, record.size() + 1,
                    "ファイルが文字の途中で終わっています（" + e.byteOffset + " バイト目）。ファイルが途中で切れている可能性があります。");
        } catch (IOException e) {
            throw new SourceFormatException("io", line, 0, "ファイルを読み込めません: " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
