package jp.resas.ops.ledger.account;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.ledger.asset.AssetCsv;

/**
 * Reads the account list of a system without an API (groupware, say): CSV, UTF-8 (BOM allowed), a header
 * naming the columns in any order — {@code system} and {@code account} required; {@code name},
 * {@code groups} (separated by {@code ;}), {@code lastUsedAt} ({@code 2026-09-30} or with a time and
 * offset), {@code createdOn}, {@code mfa} ({@code true}/{@code false}, blank when not known). Any bad line
 * refuses the whole file, naming the file, the line and the column; one account twice as well.
 */
public final class AccountCsv {

    public static final List<String> COLUMNS = List.of("system", "account", "name", "groups", "lastUsedAt",
            "createdOn", "mfa");

    private final CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    public List<ObservedAccount> parse(String fileName, byte[] content) {
        List<List<String>> rows = rows(fileName, utf8(fileName, content));
        if (rows.isEmpty()) {
            throw new InvalidInputException("file", fileName + ": 見出し行がありません (空のファイルです)。");
        }
        Map<String, Integer> columns = header(fileName, rows.get(0));
        List<ObservedAccount> accounts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
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
            try {
                ObservedAccount account = account(columns, row);
                if (!seen.add(account.system() + "\u0000" + account.key())) {
                    throw new InvalidInputException("account", "'" + account.key() + "' (" + account.system()
                            + ") は前の行にもあります。");
                }
                accounts.add(account);
            } catch (InvalidInputException e) {
                throw AssetCsv.at(fileName, number, e);
            }
        }
        if (accounts.isEmpty()) {
            throw new InvalidInputException("file", fileName + ": データ行がありません。");
        }
        return accounts;
    }

    private static ObservedAccount account(Map<String, Integer> columns, List<String> row) {
        String system = Texts.required("system", get(columns, row, "system"), 100);
        if (system.startsWith("aws:") || system.startsWith("cognito:")) {
            throw new InvalidInputException("system", "'" + system + "' は IAM・Cognito から取り込むシステムの名前です。別の名前にしてください。");
        }
        String groups = get(columns, row, "groups");
        return new ObservedAccount(AccountSource.CSV, system, Texts.required("account", get(columns, row, "account"), 200),
                Texts.optional("name", get(columns, row, "name"), 200),
                groups == null ? List.of() : Arrays.stream(groups.split(";")).map(String::strip).filter(g -> !g.isEmpty()).toList(),
                instant("lastUsedAt", get(columns, row, "lastUsedAt")), date("createdOn", get(columns, row, "createdOn")),
                bool("mfa", get(columns, row, "mfa")), null);
    }

    private static String get(Map<String, Integer> columns, List<String> row, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = row.get(index).strip();
        return value.isEmpty() ? null : value;
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
        for (String required : List.of("system", "account")) {
            if (!columns.containsKey(required)) {
                throw new InvalidInputException("line 1", fileName + " 1 行目: 見出し「" + required + "」がありません。");
            }
        }
        return columns;
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() <= 10 ? LocalDate.parse(value.replace('/', '-')).atStartOfDay()
                    .toInstant(ZoneOffset.ofHours(9)) : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + value + "' は 2026-09-30 または 2026-09-30T10:00:00+09:00 の形式ではありません。");
        }
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

    private static Boolean bool(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "有", "あり" -> true;
            case "false", "no", "無", "なし" -> false;
            default -> throw new InvalidInputException(field, "'" + value + "' は true / false のどちらでもありません。");
        };
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
