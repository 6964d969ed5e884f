package jp.resas.ops.alarm;

import java.util.regex.Pattern;

/**
 * Severity and auto-resolve for the alarms whose name matches {@code namePattern}, where {@code *}
 * stands for any run of characters.
 */
public record AlarmRule(String namePattern, int severity, boolean autoResolve) {

    /** What applies to an alarm no rule matches: severity 3, closed by a person. */
    public static final AlarmRule DEFAULT = new AlarmRule("*", 3, false);

    public AlarmRule {
        if (severity < 1 || severity > 4) {
            throw new IllegalArgumentException("severity must be 1-4, was " + severity);
        }
    }

    public boolean matches(String alarmName) {
        StringBuilder regex = new StringBuilder();
        for (String part : namePattern.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(alarmName).matches();
    }
}
