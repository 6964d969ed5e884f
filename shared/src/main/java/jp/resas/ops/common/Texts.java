package jp.resas.ops.common;

/** Checks free text a person typed, refusing it by field name with a Japanese message. */
public final class Texts {

    private Texts() {
    }

    /** The stripped text; refused when missing, blank or longer than {@code max}. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " を入力してください。");
        }
        return optional(field, value, max);
    }

    /** The stripped text, or {@code null} when missing or blank; refused when longer than {@code max}. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, field + " は " + max + " 文字以内で入力してください。");
        }
        return text;
    }

    /** The enum constant named {@code value}; refused listing the allowed names. */
    public static <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value.strip())) {
                    return constant;
                }
            }
        }
        StringBuilder names = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            names.append(names.isEmpty() ? "" : ", ").append(constant.name());
        }
        throw new InvalidInputException(field, field + " は " + names + " のいずれかを指定してください。");
    }
}
