package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV (Jackson's reader): quoted fields may hold delimiters, quotes ({@code ""}) and line breaks. */
final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private Csv() {
    }

    /** @throws IllegalArgumentException when the text is not CSV (e.g. an unterminated quote) */
    static List<List<String>> parse(String text, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> reader = MAPPER.readerForListOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(delimiter)).readValues(text)) {
            while (reader.hasNextValue()) {
                rows.add(reader.nextValue());
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not valid CSV: " + e.getMessage(), e);
        }
        return rows;
    }
}
