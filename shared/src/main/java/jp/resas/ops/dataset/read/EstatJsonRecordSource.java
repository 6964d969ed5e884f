package jp.resas.ops.dataset.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one e-Stat getStatsData JSON page ({@code GET_STATS_DATA.STATISTICAL_DATA.DATA_INF.VALUE},
 * an array, or a single object when the table has one value), streamed. A record's fields are the
 * attributes named in {@code attributes} ({@code @area}, {@code @time}, {@code $}, …), absent ones empty.
 * Its "line" is the value's position in the whole table (the page's {@code FROM_NUMBER} onwards), which
 * is what an operator can look up in e-Stat.
 */
public final class EstatJsonRecordSource implements RecordSource {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonParser parser;
    private final List<String> attributes;
    private final Map<String, Integer> index = new HashMap<>();
    private long position;
    private boolean inArray;
    private boolean done;

    private EstatJsonRecordSource(JsonParser parser, List<String> attributes, long firstPosition) {
        this.parser = parser;
        this.attributes = List.copyOf(attributes);
        for (int i = 0; i < attributes.size(); i++) {
            index.put(attributes.get(i), i);
        }
        this.position = firstPosition;
    }

    public static EstatJsonRecordSource open(InputStream page, List<String> attributes, long firstPosition)
            throws IOException, SourceFormatException {
        EstatJsonRecordSource source = new EstatJsonRecordSource(JSON.createParser(page), attributes, firstPosition);
        source.seekValues();
        return source;
    }

    private void seekValues() throws SourceFormatException {
        try {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && "VALUE".equals(parser.currentName())
                        && parser.getParsingContext().getParent() != null) {
                    JsonToken start = parser.nextToken();
                    inArray = start == JsonToken.START_ARRAY;
                    if (!inArray && start != JsonToken.START_OBJECT) {
                        throw new SourceFormatException("schema", position, 0, "DATA_INF.VALUE が配列でもオブジェクトでもありません。");
                    }
                    return;
                }
            }
            done = true;
        } catch (IOException e) {
            throw broken(e);
        }
    }

    @Override
    public List<String> header() {
        return attributes;
    }

    @Override
    public long headerLine() {
        return 0;
    }

    @Override
    public boolean lastRecordUnterminated() {
        return false;
    }

    @Override
    public boolean next(FieldRecord record) throws SourceFormatException {
        if (done) {
            return false;
        }
        try {
            if (inArray) {
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    done = true;
                    return false;
                }
                if (token != JsonToken.START_OBJECT) {
                    throw new SourceFormatException("schema", position, 0, "DATA_INF.VALUE の要素がオブジェクトではありません。");
                }
            } else {
                done = true;
            }
            record.reset(position);
            for (int i = 0; i < attributes.size(); i++) {
                record.add("");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Integer at = index.get(parser.currentName());
                JsonToken value = parser.nextToken();
                if (value.isStructStart()) {
                    parser.skipChildren();
                } else if (at != null) {
                    record.set(at, parser.getValueAsString(""), position);
                }
            }
            position++;
            return true;
        } catch (IOException e) {
            throw broken(e);
        }
    }

    private SourceFormatException broken(IOException e) {
        boolean truncated = e instanceof JsonEOFException;
        return new SourceFormatException(truncated ? "truncated" : "schema", position, 0, truncated
                ? "JSON が途中で終わっています（" + position + " 番目の値の付近）。"
                : "JSON として読めません: " + e.getMessage());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
