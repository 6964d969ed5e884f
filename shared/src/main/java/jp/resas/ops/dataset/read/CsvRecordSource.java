package jp.resas.ops.dataset.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.dataset.spec.SourceSpec;

/**
 * RFC 4180 CSV (comma, double-quote quoting, CRLF or LF; quoted fields may span lines) read in 64 KiB
 * blocks. Line numbers are physical lines, as an editor shows them.
 */
public final class CsvRecordSource implements RecordSource {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder(64);
    private final String encoding;
    private int position;
    private int limit;
    private long line;
    private boolean unterminated;
    private List<String> header = List.of();
    private long headerLine;

    private CsvRecordSource(Reader in, long firstLine, String encoding) {
        this.in = in;
        this.line = firstLine;
        this.encoding = encoding;
    }

    /** A whole file: encoding checked, header rows read. */
    public static CsvRecordSource open(InputStream raw, SourceSpec source) throws IOException, SourceFormatException {
        CsvRecordSource csv = new CsvRecordSource(new DecodingReader(EncodingCheck.checked(raw, source),
                source.charset()), 1, source.encoding());
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
        CsvRecordSource csv = new CsvRecordSource(new DecodingReader(chunk, source.charset()), firstLine, source.encoding());
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
        while (true) {
            field.setLength(0);
            if (buffer[position] == '"') {
                position++;
                quoted(record);
            }
            int start = position;
            while (true) {
                if (position == limit) {
                    field.append(buffer, start, position - start);
                    if (!fill(record)) {
                        record.add(field.toString());
                        unterminated = true;
                        return true;
                    }
                    start = 0;
                }
                char c = buffer[position];
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                position++;
            }
            field.append(buffer, start, position - start);
            record.add(field.toString());
            char end = buffer[position++];
            if (end == ',') {
                if (position == limit && !fill(record)) {
                    record.add("");
                    unterminated = true;
                    return true;
                }
                continue;
            }
            if (end == '\r' && (position < limit || fill(record)) && buffer[position] == '\n') {
                position++;
            }
            line++;
            unterminated = false;
            return true;
        }
    }

    /** Reads a quoted field up to its closing quote (the opening one already consumed). */
    private void quoted(FieldRecord record) throws SourceFormatException {
        long startLine = line;
        while (true) {
            if (position == limit && !fill(record)) {
                throw new SourceFormatException("truncated", startLine, record.size() + 1,
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
            field.append(c);
        }
    }

    private boolean fill(FieldRecord record) throws SourceFormatException {
        try {
            int read = in.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(read, 0);
            return read > 0;
        } catch (DecodingReader.Undecodable e) {
            throw new SourceFormatException(e.atEnd ? "truncated" : "encoding", line, record.size() + 1, e.atEnd
                    ? "ファイルが文字の途中で終わっています（" + e.byteOffset + " バイト目）。ファイルが途中で切れている可能性があります。"
                    : "文字コード " + encoding + " として読めないバイト列があります（" + e.byteOffset + " バイト目: 0x" + e.bytes + "）。");
        } catch (IOException e) {
            throw new SourceFormatException("io", line, 0, "ファイルを読み込めません: " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
