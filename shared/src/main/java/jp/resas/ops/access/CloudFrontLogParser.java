package jp.resas.ops.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * CloudFront standard (legacy) access logs: {@code #Version:} and {@code #Fields:} headers (their
 * values separated by spaces or, in some files, tabs), then one tab-separated line per request in
 * UTC. Columns are found by name, so the 24-field and 33-field layouts both read.
 */
public final class CloudFrontLogParser {

    private static final List<String> REQUIRED = List.of("date", "time", "c-ip", "cs-method", "cs-uri-stem",
            "sc-status", "cs(Referer)", "cs(User-Agent)");

    private CloudFrontLogParser() {
    }

    public static void parse(String file, BufferedReader lines, Consumer<AccessRecord> sink) {
        int[] column = null;
        int fields = 0;
        String line;
        int number = 0;
        try {
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.startsWith("#Fields:")) {
                    List<String> names = Arrays.asList(line.substring(8).trim().split("[ \t]+"));
                    column = columns(file, number, names);
                    fields = names.size();
                } else if (!line.startsWith("#") && !line.isBlank()) {
                    if (column == null) {
                        throw new AccessLogFormatException(file + ":" + number + ": a request line before the #Fields header");
                    }
                    sink.accept(record(file, number, line.split("\t", -1), column, fields));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static int[] columns(String file, int number, List<String> names) {
        int[] column = new int[REQUIRED.size()];
        for (int i = 0; i < REQUIRED.size(); i++) {
            column[i] = names.indexOf(REQUIRED.get(i));
            if (column[i] < 0) {
                throw new AccessLogFormatException(file + ":" + number + ": #Fields has no '" + REQUIRED.get(i) + "'");
            }
        }
        return column;
    }

    private static AccessRecord record(String file, int number, String[] values, int[] column, int fields) {
        // Some writers end a line with a tab: an empty extra field is tolerated, a missing one is not.
        if (values.length < fields || Arrays.stream(values, fields, values.length).anyMatch(v -> !v.isEmpty())) {
            throw new AccessLogFormatException(file + ":" + number + ": " + values.length + " fields, the header has " + fields);
        }
        try {
            Instant at = LocalDate.parse(values[column[0]]).atTime(LocalTime.parse(values[column[1]]))
                    .toInstant(ZoneOffset.UTC);
            return new AccessRecord(at, values[column[2]], values[column[3]], values[column[4]],
                    Integer.parseInt(values[column[5]]), values[column[6]], values[column[7]]);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new AccessLogFormatException(file + ":" + number + ": " + e.getMessage());
        }
    }

    /** For tests and tools: every record of a file. */
    public static List<AccessRecord> readAll(String file, BufferedReader lines) {
        List<AccessRecord> records = new ArrayList<>();
        parse(file, lines, records::add);
        return records;
    }
}
