package jp.resas.ops.backup.web;

import jp.resas.ops.common.InvalidInputException;

/** A true/false query parameter, absent meaning false. */
final class Flags {

    private Flags() {
    }

    static boolean of(String field, String value) {
        if (value == null) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(field, field + " は true か false で指定してください。");
        };
    }
}
