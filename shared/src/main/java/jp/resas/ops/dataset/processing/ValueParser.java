package jp.resas.ops.dataset.processing;

import java.math.BigDecimal;

/**
 * Numbers as statistics files write them: optional sign, thousands separators ({@code 1,234}), decimals.
 * Returns the normalised decimal text, or null when the text is not a number. Integers are checked
 * character by character: this runs for every cell of a ten-million-row file.
 */
final class ValueParser {

    private ValueParser() {
    }

    static String integer(String text) {
        int length = text.length();
        if (length == 0 || length > 19) {
            return length > 19 ? decimalInteger(text) : null;
        }
        boolean commas = false;
        int start = text.charAt(0) == '-' ? 1 : 0;
        if (start == length) {
            return null;
        }
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                commas = true;
            } else if (c < '0' || c > '9') {
                return null;
            }
        }
        return commas ? text.replace(",", "") : text;
    }

    static String decimal(String text) {
        try {
            return new BigDecimal(text.replace(",", "")).toPlainString();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String decimalInteger(String text) {
        String value = decimal(text);
        return value != null && !value.contains(".") ? value : null;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                return true;
            }
        }
        return false;
    }
}
