package jp.resas.ops.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;

/**
 * What a user typed and why the use case refused it: the message beside the field it names, all of
 * them in the summary at the top, and for a 409 the plain statement that someone else changed it.
 */
public record Form(String action, Map<String, String> values, Map<String, String> errors, String conflict,
        int status) {

    public static final String GENERAL = "_";

    public static Form refused(String action, Map<String, String> values, RuntimeException refusal) {
        Map<String, String> errors = new LinkedHashMap<>();
        String conflict = null;
        int status;
        if (refusal instanceof InvalidInputException invalid) {
            errors.put(invalid.field() == null ? GENERAL : invalid.field(), invalid.getMessage());
            status = 400;
        } else if (refusal instanceof ConflictException clash) {
            if ("STALE_VERSION".equals(clash.code()) || "version".equals(clash.field())) {
                conflict = "この画面を開いた後に、他の人が内容を変更しました。再読み込みして最新の内容を確認してから、もう一度操作してください。";
            } else {
                errors.put(clash.field() == null ? GENERAL : clash.field(), clash.getMessage());
            }
            status = 409;
        } else if (refusal instanceof ForbiddenActionException forbidden) {
            errors.put(GENERAL, forbidden.getMessage());
            status = 403;
        } else {
            throw refusal;
        }
        return new Form(action, Map.copyOf(values), Map.copyOf(errors), conflict, status);
    }

    /**
     * The same refusal with the API's field names in its messages shown as the form's own labels: the shared request
     * checks say {@code endsOn は…}, the page says {@code 「サポート終了日」は…}. The API keeps its field names.
     *
     * @param labels each field's label as the form shows it
     */
    public Form labelled(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return this;
        }
        Map<String, String> named = new LinkedHashMap<>();
        errors.forEach((field, message) -> named.put(field, label(message, labels)));
        return new Form(action, values, Map.copyOf(named), conflict, status);
    }

    static String label(String message, Map<String, String> labels) {
        String out = message;
        for (Map.Entry<String, String> e : labels.entrySet()) {
            // Japanese runs on without the space the English field name needed, and the name's own gloss goes:
            // "endsOn は" → "「サポート終了日」は", "endedOn (終了日) は" → "「終了日」は"
            out = out.replaceAll("(?<![A-Za-z0-9_])" + java.util.regex.Pattern.quote(e.getKey()) + "(?![A-Za-z0-9_])(?: ?[(（][^)）]*[)）])? ?",
                    java.util.regex.Matcher.quoteReplacement("「" + e.getValue() + "」"));
        }
        return out;
    }

    /** The version a page was read at (its hidden field) as typed; missing or not a number reads as none. */
    public static Long version(String typed) {
        try {
            return Long.valueOf(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether this refusal belongs to the form named {@code name} on the page. */
    public boolean is(String name) {
        return action.equals(name);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** One line of the error summary: the field (the anchor it links to) and the message. */
    public record FieldError(String field, String message) {

        /** Where the summary's link goes: the field, or the page's main content for a general refusal. */
        public String anchor() {
            return GENERAL.equals(field) ? "#main" : "#field-" + field;
        }
    }

    public List<FieldError> summary() {
        return errors.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    }
}
