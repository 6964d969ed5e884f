package jp.resas.ops.access.analytics;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the CSV that analytics tools export (Google Analytics 4 and Universal Analytics, English or
 * Japanese labels): comment lines starting with {@code #} and blank lines before the table are skipped;
 * the page and views columns are found by their labels; numbers may carry thousands separators.
 * All or nothing: any bad row rejects the file, naming the line and column.
 */
public final class AnalyticsExportParser {

    private static final List<String> PAGE = List.of("page path and screen class", "page path", "page",
            "page title and screen class", "ページパスとスクリーン クラス", "ページ パスとスクリーン クラス", "ページ");
    private static final List<String> VIEWS = List.of("views", "pageviews", "page views", "表示回数", "ページビュー数");
    private static final List<String> USERS = List.of("users", "total users", "active users", "ユーザー",
            "総ユーザー数", "アクティブ ユーザー", "アクティブユーザー");

    private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    public AnalyticsExport parse(String fileName, byte[] content) {
        List<String> lines = utf8(fileName, content).lines().toList();
        int header = firstTableLine(fileName, lines);
        List<String> columns = fields(fileName, lines.get(header), header + 1);
        int page = column(columns, PAGE, fileName, "ページ (Page path)");
        int views = column(columns, VIEWS, fileName, "表示回数 (Views)");
        int users = find(columns, USERS);
        List<AnalyticsExport.PageRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = header + 1; i < lines.size() && !lines.get(i).isBlank(); i++) {
            List<String> values = fields(fileName, lines.get(i), i + 1);
            if (values.size() != columns.size()) {
                throw new AnalyticsExportFormatException(fileName + " " + (i + 1) + " 行目: 列の数が見出し ("
                        + columns.size() + " 列) と違います (" + values.size() + " 列)。", i + 1);
            }
            String key = values.get(page).strip();
            if (!seen.add(key)) {
                throw new AnalyticsExportFormatException(fileName + " " + (i + 1) + " 行目: ページ '" + key
                        + "' が重複しています。", i + 1);
            }
            rows.add(new AnalyticsExport.PageRow(key, number(values.get(views), fileName, i + 1, columns.get(views)),
                    users < 0 ? null : number(values.get(users), fileName, i + 1, columns.get(users))));
        }
        if (rows.isEmpty()) {
            throw new AnalyticsExportFormatException(fileName + ": データ行がありません。", header + 1);
        }
        return new AnalyticsExport(fileName, rows);
    }

    private static String utf8(String fileName, byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new AnalyticsExportFormatException(fileName + ": UTF-8 ではありません。UTF-8 (BOM 可) で保存してください。", 0);
        }
    }

    private static int firstTableLine(String fileName, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                return i;
            }
        }
        throw new AnalyticsExportFormatException(fileName + ": 表がありません (空のファイルです)。", 0);
    }

    private List<String> fields(String fileName, String line, int lineNumber) {
        try (MappingIterator<List<String>> rows = csv.readerForListOf(String.class).readValues(line)) {
            return rows.hasNext() ? rows.next() : List.of();
        } catch (IOException | RuntimeException e) {
            throw new AnalyticsExportFormatException(fileName + " " + lineNumber + " 行目: CSV として読めません。", lineNumber);
        }
    }

    private static int column(List<String> columns, List<String> labels, String fileName, String what) {
        int found = find(columns, labels);
        if (found < 0) {
            throw new AnalyticsExportFormatException(fileName + ": " + what + " の列がありません。見出し: " + columns, 1);
        }
        return found;
    }

    private static int find(List<String> columns, List<String> labels) {
        for (int i = 0; i < columns.size(); i++) {
            if (labels.contains(columns.get(i).strip().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static long number(String value, String fileName, int line, String column) {
        String digits = value.strip().replace(",", "");
        try {
            long n = Long.parseLong(digits);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below with the place named
        }
        throw new AnalyticsExportFormatException(fileName + " " + line + " 行目 '" + column + "' 列: '" + value
                + "' は 0 以上の整数ではありません。", line);
    }
}
