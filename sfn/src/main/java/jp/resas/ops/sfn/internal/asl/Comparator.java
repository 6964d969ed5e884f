package jp.resas.ops.sfn.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The comparison operators of Choice rules; a value of the wrong type never matches. */
public enum Comparator {
    STRING_EQUALS("StringEquals", (a, b) -> str(a, b) && a.asText().equals(b.asText())),
    STRING_LESS_THAN("StringLessThan", (a, b) -> str(a, b) && a.asText().compareTo(b.asText()) < 0),
    STRING_GREATER_THAN("StringGreaterThan", (a, b) -> str(a, b) && a.asText().compareTo(b.asText()) > 0),
    STRING_LESS_THAN_EQUALS("StringLessThanEquals", (a, b) -> str(a, b) && a.asText().compareTo(b.asText()) <= 0),
    STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", (a, b) -> str(a, b) && a.asText().compareTo(b.asText()) >= 0),
    STRING_MATCHES("StringMatches", (a, b) -> str(a, b) && StringPattern.matches(b.asText(), a.asText())),
    NUMERIC_EQUALS("NumericEquals", (a, b) -> num(a, b) && cmp(a, b) == 0),
    NUMERIC_LESS_THAN("NumericLessThan", (a, b) -> num(a, b) && cmp(a, b) < 0),
    NUMERIC_GREATER_THAN("NumericGreaterThan", (a, b) -> num(a, b) && cmp(a, b) > 0),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", (a, b) -> num(a, b) && cmp(a, b) <= 0),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", (a, b) -> num(a, b) && cmp(a, b) >= 0),
    BOOLEAN_EQUALS("BooleanEquals", (a, b) -> a.isBoolean() && b.isBoolean() && a.asBoolean() == b.asBoolean()),
    TIMESTAMP_EQUALS("TimestampEquals", (a, b) -> ts(a, b, 0)),
    TIMESTAMP_LESS_THAN("TimestampLessThan", (a, b) -> ts(a, b, -1)),
    TIMESTAMP_GREATER_THAN("TimestampGreaterThan", (a, b) -> ts(a, b, 1)),
    TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", (a, b) -> ts(a, b, -1) || ts(a, b, 0)),
    TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", (a, b) -> ts(a, b, 1) || ts(a, b, 0)),
    IS_NULL("IsNull", (a, b) -> a.isNull() == b.asBoolean()),
    IS_PRESENT("IsPresent", (a, b) -> true),
    IS_NUMERIC("IsNumeric", (a, b) -> a.isNumber() == b.asBoolean()),
    IS_STRING("IsString", (a, b) -> a.isTextual() == b.asBoolean()),
    IS_BOOLEAN("IsBoolean", (a, b) -> a.isBoolean() == b.asBoolean()),
    IS_TIMESTAMP("IsTimestamp", (a, b) -> (timestamp(a) != null) == b.asBoolean());

    private static final Map<String, Comparator> BY_NAME =
            Stream.of(values()).collect(Collectors.toMap(c -> c.aslName, c -> c));

    private final String aslName;
    private final BiPredicate<JsonNode, JsonNode> test;

    Comparator(String aslName, BiPredicate<JsonNode, JsonNode> test) {
        this.aslName = aslName;
        this.test = test;
    }

    public String aslName() {
        return aslName;
    }

    public boolean isTypeTest() {
        return aslName.startsWith("Is");
    }

    static Comparator byName(String name) {
        return BY_NAME.get(name);
    }

    boolean test(JsonNode actual, JsonNode expected) {
        return test.test(actual, expected);
    }

    private static boolean str(JsonNode a, JsonNode b) {
        return a.isTextual() && b.isTextual();
    }

    private static boolean num(JsonNode a, JsonNode b) {
        return a.isNumber() && b.isNumber();
    }

    private static int cmp(JsonNode a, JsonNode b) {
        if (a.isIntegralNumber() && b.isIntegralNumber() && a.canConvertToLong() && b.canConvertToLong()) {
            return Long.compare(a.longValue(), b.longValue());
        }
        return a.decimalValue().compareTo(b.decimalValue());
    }

    private static boolean ts(JsonNode a, JsonNode b, int sign) {
        OffsetDateTime x = timestamp(a);
        OffsetDateTime y = timestamp(b);
        return x != null && y != null && Integer.signum(x.toInstant().compareTo(y.toInstant())) == sign;
    }

    /** RFC 3339 with an offset ({@code Z} or ±hh:mm); anything else is not a timestamp. */
    static OffsetDateTime timestamp(JsonNode n) {
        if (!n.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(n.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
