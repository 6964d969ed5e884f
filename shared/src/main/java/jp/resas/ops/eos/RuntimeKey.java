package jp.resas.ops.eos;

import java.util.regex.Pattern;

/**
 * How a version in use is named, the same in the configuration ledger and in the calendar: {@code <kind>:<version>},
 * the kind being {@code lambda} (the runtime identifier: {@code lambda:java17}) or the database engine as AWS names
 * it ({@code aurora-postgresql:16.6}, {@code postgres:16.3}). A calendar item's key covers the versions in use equal
 * to it or starting with it and a dot: {@code aurora-postgresql:16} covers {@code aurora-postgresql:16.6}.
 */
public final class RuntimeKey {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9._-]*");

    private RuntimeKey() {
    }

    public static boolean valid(String key) {
        return key != null && key.length() <= 100 && FORM.matcher(key).matches();
    }

    /** Whether the calendar's {@code key} covers {@code inUse}. */
    public static boolean covers(String key, String inUse) {
        return key != null && inUse != null && (inUse.equals(key) || inUse.startsWith(key + "."));
    }
}
