package jp.resas.ops.sfn.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/** A filter {@code [?(...)]}: comparisons of {@code @}-relative paths with literals, joined by && and ||. */
sealed interface FilterExpr {

    boolean test(JsonNode item, JsonNode root);

    record Or(List<FilterExpr> terms) implements FilterExpr {
        @Override
        public boolean test(JsonNode item, JsonNode root) {
            return terms.stream().anyMatch(t -> t.test(item, root));
        }
    }

    record And(List<FilterExpr> terms) implements FilterExpr {
        @Override
        public boolean test(JsonNode item, JsonNode root) {
            return terms.stream().allMatch(t -> t.test(item, root));
        }
    }

    /** {@code @.x} alone tests existence; with an operator it compares with the literal. */
    record Compare(JsonPath left, String op, JsonNode right) implements FilterExpr {
        @Override
        public boolean test(JsonNode item, JsonNode root) {
            JsonNode value = left.readOrNull(item);
            if (op == null) {
                return value != null && !value.isMissingNode();
            }
            if (value == null) {
                return false;
            }
            int cmp;
            if (value.isNumber() && right.isNumber()) {
                cmp = new BigDecimal(value.asText()).compareTo(new BigDecimal(right.asText()));
            } else if (value.isTextual() && right.isTextual()) {
                cmp = value.asText().compareTo(right.asText());
            } else {
                return switch (op) {
                    case "==" -> value.equals(right);
                    case "!=" -> !value.equals(right);
                    default -> false;
                };
            }
            return switch (op) {
                case "==" -> cmp == 0;
                case "!=" -> cmp != 0;
                case "<" -> cmp < 0;
                case "<=" -> cmp <= 0;
                case ">" -> cmp > 0;
                case ">=" -> cmp >= 0;
                default -> throw new IllegalArgumentException("Unsupported filter operator " + op);
            };
        }
    }
}
