package jp.resas.ops.ledger.asset;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;

/**
 * Reads the list of licences and contracts the owner keeps (CSV, UTF-8, BOM allowed). The header names
 * the columns, in any order, by the API's field names; {@code kind} and {@code name} are required.
 * {@code changeRequests} lists ticket ids separated by {@code ;}. Any bad line refuses the file,
 * naming the file, the line and the column.
 */
public final class AssetCsv {

    /** The columns understood, as the API names the fields. */
    public static final List<String> COLUMNS = List.of("kind", "key", "name", "owner", "status", "startsOn", "endsOn",
            "softwareVersion", "provider", "cost", "costUnit", "renewalOn", "noticeDays", "permittedUse", "notes",
            "changeRequests");

    /** One data line and the number it has in the file (the header is line 1). */
    public record Line(int number, AssetInput input) {
    }

    private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    public List<Line> parse(String fileName, byte[] content) {
        List<List<String>> rows = rows(fileName, utf8(fileName, content));
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", fileName + ": 見出し行がありません (空のファイルです)。");
        }
        Map<String, Integer> columns = header(fileName, rows.get(0));
        List<Line> lines = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int number = i + 1;
            if (row.size() != rows.get(0).size()) {
                throw new InvalidInputException("line " + number, fileName + " " + number + " 行目: 列の数が見出し ("
                        + rows.get(0).size() + " 列) と違います (" + row.size() + " 列)。");
            }
            lines.add(new Line(number, input(fileName, number, new Row(columns, row))));
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("file", fileName + ": データ行がありません。");
        }
        return lines;
    }

    private static AssetInput input(String fileName, int number, Row row) {
        try {
            return new AssetInput(Texts.oneOf("kind", row.get("kind"), AssetKind.class), row.get("key"),
                    row.get("name"), row.get("owner"),
                    row.get("status") == null ? null : Texts.oneOf("status", row.get("status"), AssetStatus.class),
                    date("startsOn", row.get("startsOn")), date("endsOn", row.get("endsOn")), row.get("softwareVersion"),
                    new Terms(row.get("provider"), decimal("cost", row.get("cost")), row.get("costUnit"),
                            date("renewalOn", row.get("renewalOn")), integer("noticeDays", row.get("noticeDays")),
                            row.get("permittedUse")),
                    row.get("notes"), ids("changeRequests", row.get("changeRequests")));
        } catch (InvalidInputException e) {
            throw at(fileName, number, e);
        }
    }

    /** The refusal of one line, naming the file, the line and the column. */
    public static InvalidInputException at(String fileName, int line, InvalidInputException e) {
        return new InvalidInputException("line " + line + ": " + e.field(),
                fileName + " " + line + " 行目 (" + e.field() + "): " + e.getMessage());
    }

    private record Row(Map<String, Integer> columns, List<String> values) {
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = values.get(index).strip();
            return value.isEmpty() ? null : value;
        }
    }

    private static Map<String, Integer> header(String fileName, List<String> header) {
        Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElseThrow(() ->
                    new InvalidInputException("line 1", fileName + " 1 行目: 見出し「" + name + "」は使えません。使える見出し: "
                            + COLUMNS));
            if (columns.put(known, i) != null) {
                throw new InvalidInputException("line 1", fileName + " 1 行目: 見出し「" + name + "」が重複しています。");
            }
        }
        for (String required : List.of("kind", "name")) {
            if (!columns.containsKey(required)) {
                throw new InvalidInputException("line 1", fileName + " 1 行目: 見出し「" + required + "」がありません。");
            }
        }
        return columns;
    }

    private static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.replace('/', '-'));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + value + "' は 2026-03-31 の形式の日付ではありません。");
        }
    }

    private static BigDecimal decimal(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + value + "' は数値ではありません。");
        }
    }

    private static Integer integer(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + value + "' は整数ではありません。");
        }
    }

    private static List<Long> ids(String field, String value) {
        if (value == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String part : value.split(";")) {
            if (!part.isBlank()) {
                try {
                    ids.add(Long.valueOf(part.strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(field, "'" + part.strip() + "' は変更要求の ID ではありません。");
                }
            }
        }
        return ids;
    }

    private List<List<String>> rows(String fileName, String text) {
        try (MappingIterator<List<String>> rows = csv.readerForListOf(String.class).readValues(text)) {
            List<List<String>> all = new ArrayList<>();
            while (rows.hasNext()) {
                all.add(rows.next());
            }
            return all;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("file", fileName + ": CSV として読めません ("
                    + e.getMessage().lines().findFirst().orElse("").toLowerCase(Locale.ROOT) + ")。");
        }
    }

    private static String utf8(String fileName, byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", fileName + ": UTF-8 ではありません。UTF-8 (BOM 可) で保存してください。");
        }
    }
}
