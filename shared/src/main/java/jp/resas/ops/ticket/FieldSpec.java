package jp.resas.ops.ticket;

import java.util.List;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;

/**
 * One field a ticket kind adds: its name in the API, its longest value, whether it must be given when
 * the ticket is opened, and, for a closed list of values, which.
 */
public record FieldSpec(String name, int maxLength, boolean requiredOnCreate, List<String> values) {

    public FieldSpec {
        values = List.copyOf(values);
    }

    public static FieldSpec text(String name, int maxLength, boolean requiredOnCreate) {
        return new FieldSpec(name, maxLength, requiredOnCreate, List.of());
    }

    public static FieldSpec choice(String name, boolean requiredOnCreate, String... values) {
        return new FieldSpec(name, 40, requiredOnCreate, List.of(values));
    }

    /** The stripped value, or {@code null} for blank; refused by name when too long or not listed. */
    public String check(String value) {
        String text = Texts.optional(name, value, maxLength);
        if (text != null && !values.isEmpty() && !values.contains(text)) {
            throw new InvalidInputException(name, name + " は " + String.join(", ", values)
                    + " のいずれかを指定してください。");
        }
        return text;
    }
}
