package jp.resas.ops.platform.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.resas.ops.common.InvalidInputException;

/**
 * Keyset paging in SQL, the one helper of every list that is not incidents, tickets or audit: the page
 * after the opaque cursor of the previous one, in a total order of key columns (the last one unique),
 * {@code limit + 1} rows read to know whether another page follows. Rows inserted while a client walks
 * the pages never shift them (no duplicate, none missed), unlike offsets.
 *
 * <p>The caller's query is wrapped, so its keys are output columns:
 * {@code SELECT * FROM (<query>) page WHERE (k1, k2) > (?, ?) ORDER BY k1, k2 LIMIT ?}.
 */
public record Keyset(List<Key> keys, boolean descending) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** How a key column's value travels in the cursor. */
    public enum Type { INSTANT, LONG, TEXT }

    /** An output column of the query, by its label. */
    public record Key(String column, Type type) {
    }

    /** What a client asked for: {@code limit} and the cursor's key values, both checked. */
    public record Request(int limit, Optional<List<String>> after) {
    }

    /** One page and the cursor of the next one, if any. */
    public record Page<T>(List<T> items, Optional<String> nextCursor) {

        public Page {
            items = List.copyOf(items);
        }
    }

    public Keyset {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a keyset needs at least one key");
        }
    }

    public static Keyset ascending(Key... keys) {
        return new Keyset(List.of(keys), false);
    }

    public static Keyset descending(Key... keys) {
        return new Keyset(List.of(keys), true);
    }

    public static Key instant(String column) {
        return new Key(column, Type.INSTANT);
    }

    public static Key number(String column) {
        return new Key(column, Type.LONG);
    }

    public static Key text(String column) {
        return new Key(column, Type.TEXT);
    }

    /**
     * Reads {@code limit} (1–{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}) and {@code cursor} (as
     * {@link #nextCursor} made it), refusing each by name (400).
     */
    public static Request request(String limit, String cursor) {
        return new Request(limit(limit), Optional.ofNullable(cursor).map(Keyset::decode));
    }

    /** The page of {@code query} (any SELECT, filters and their {@code params} included) after the cursor. */
    public <T> Page<T> page(Sql sql, String query, Sql.RowMapper<T> mapper, Request request, Object... params) {
        List<Object> bound = new ArrayList<>(Arrays.asList(params));
        StringBuilder text = new StringBuilder("SELECT * FROM (").append(query).append(") page");
        if (request.after().isPresent()) {
            List<String> after = request.after().get();
            if (after.size() != keys.size() + 1 || !after.get(0).equals(columns())) {
                throw badCursor();
            }
            text.append(" WHERE (").append(String.join(", ", keys.stream().map(Key::column).toList())).append(") ").append(descending ? '<' : '>').append(" (")
                    .append(keys.stream().map(k -> "?").collect(Collectors.joining(", "))).append(')');
            for (int i = 0; i < keys.size(); i++) {
                bound.add(value(keys.get(i).type(), after.get(i + 1)));
            }
        }
        text.append(" ORDER BY ").append(keys.stream().map(k -> k.column() + (descending ? " DESC" : ""))
                .collect(Collectors.joining(", "))).append(" LIMIT ?");
        bound.add(request.limit() + 1);
        List<Row<T>> rows = sql.query(text.toString(), row -> new Row<>(mapper.map(row), keyValues(row)),
                bound.toArray());
        boolean more = rows.size() > request.limit();
        List<Row<T>> page = more ? rows.subList(0, request.limit()) : rows;
        return new Page<>(page.stream().map(Row::item).toList(),
                more ? Optional.of(encode(keys.stream().map(Key::column).toList(), page.get(page.size() - 1).keys()))
                        : Optional.empty());
    }

    /**
     * A cursor after a row whose key values are {@code values}, for a list paged by a port of its own whose
     * one key is the number {@code column}; read back with {@link #afterNumber}.
     */
    public static String encode(String column, long value) {
        return encode(List.of(column), List.of(String.valueOf(value)));
    }

    /**
     * A cursor after a row whose key values are {@code values} (in this keyset's key order), for a list that
     * merges pages of its own, e.g. the queues over two tables; read back with {@link #after(Request)}.
     */
    public String cursor(List<?> values) {
        if (values.size() != keys.size()) {
            throw new IllegalArgumentException("a cursor needs " + keys.size() + " values, not " + values.size());
        }
        return encode(keys.stream().map(Key::column).toList(), values.stream().map(String::valueOf).toList());
    }

    /** The key values of a cursor made by {@link #cursor(List)}, typed (Instant, Long, String); 400 otherwise. */
    public Optional<List<Object>> after(Request request) {
        return request.after().map(after -> {
            if (after.size() != keys.size() + 1 || !after.get(0).equals(columns())) {
                throw badCursor();
            }
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                values.add(value(keys.get(i).type(), after.get(i + 1)));
            }
            return values;
        });
    }

    /** The key columns' names lead the cursor, so a cursor of another list (or made up) is refused. */
    private static String encode(List<String> columns, List<String> values) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(String.join(",", columns)), values.stream())
                .map(v -> base64.encodeToString(v.getBytes(StandardCharsets.UTF_8))).collect(Collectors.joining("."));
    }

    /** The number {@code column} a cursor made by {@link #encode(String, long)} holds; 400 if it holds anything else. */
    public static Optional<Long> afterNumber(String column, Request request) {
        return request.after().map(after -> {
            if (after.size() != 2 || !after.get(0).equals(column)) {
                throw badCursor();
            }
            return (Long) value(Type.LONG, after.get(1));
        });
    }

    private record Row<T>(T item, List<String> keys) {
    }

    private String columns() {
        return keys.stream().map(Key::column).collect(Collectors.joining(","));
    }

    private List<String> keyValues(ResultSet row) throws SQLException {
        List<String> values = new ArrayList<>();
        for (Key key : keys) {
            values.add(switch (key.type()) {
                case INSTANT -> Sql.instant(row, key.column()).toString();
                case LONG -> String.valueOf(row.getLong(key.column()));
                case TEXT -> row.getString(key.column());
            });
        }
        return values;
    }

    private static Object value(Type type, String text) {
        try {
            return switch (type) {
                case INSTANT -> Instant.parse(text);
                case LONG -> Long.parseLong(text);
                case TEXT -> text;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw badCursor();
        }
    }

    private static List<String> decode(String cursor) {
        if (cursor.isEmpty() || cursor.length() > 2000) {
            throw badCursor();
        }
        try {
            List<String> values = new ArrayList<>();
            for (String part : cursor.split("\\.", -1)) {
                String value = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
                if (value.indexOf('\0') >= 0 || value.contains("\uFFFD")) {
                    throw badCursor();
                }
                values.add(value);
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw badCursor();
        }
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, like an out-of-range number
        }
        throw new InvalidInputException("limit", "limit は 1 から " + MAX_LIMIT + " の整数で指定してください。");
    }

    private static InvalidInputException badCursor() {
        return new InvalidInputException("cursor", "cursor が正しくありません。前のページの nextCursor を指定してください。");
    }
}
