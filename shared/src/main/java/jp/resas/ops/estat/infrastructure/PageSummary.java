package jp.resas.ops.estat.infrastructure;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads what the client needs from a page without building a tree: RESULT.STATUS and ERROR_MSG,
 * RESULT_INF (TOTAL_NUMBER, FROM_NUMBER, NEXT_KEY) and the number of DATA_INF.VALUE entries.
 */
record PageSummary(int status, String errorMessage, long totalNumber, long fromNumber, Long nextKey, long values) {

    private static final JsonFactory JSON = new JsonFactory();

    static PageSummary of(byte[] body) throws IOException {
        int status = -1;
        String message = "";
        long total = -1;
        long from = 1;
        Long next = null;
        long values = 0;
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME) {
                    continue;
                }
                switch (parser.currentName()) {
                    case "STATUS" -> status = nextInt(parser);
                    case "ERROR_MSG" -> message = parser.nextTextValue();
                    case "TOTAL_NUMBER" -> total = nextLong(parser);
                    case "FROM_NUMBER" -> from = nextLong(parser);
                    case "NEXT_KEY" -> next = nextLong(parser);
                    case "VALUE" -> values = countValues(parser);
                    default -> { }
                }
            }
        }
        return new PageSummary(status, message, total, from, next, values);
    }

    private static int nextInt(JsonParser parser) throws IOException {
        parser.nextToken();
        return parser.getValueAsInt(-1);
    }

    private static long nextLong(JsonParser parser) throws IOException {
        parser.nextToken();
        return parser.getValueAsLong(-1);
    }

    private static long countValues(JsonParser parser) throws IOException {
        JsonToken start = parser.nextToken();
        if (start == JsonToken.START_OBJECT) {
            parser.skipChildren();
            return 1;
        }
        long count = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            parser.skipChildren();
            count++;
        }
        return count;
    }
}
