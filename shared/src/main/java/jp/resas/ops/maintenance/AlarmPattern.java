package jp.resas.ops.maintenance;

import java.util.regex.Pattern;
import jp.resas.ops.alarm.AlarmRef;
import jp.resas.ops.common.InvalidInputException;

/**
 * Which alarms belong to a service: an alarm ARN ({@code arn:…:cloudwatch:…:alarm:Name}) or an alarm
 * name, where {@code *} stands for any run of characters, as in the alarm rules.
 */
public record AlarmPattern(String text) {

    static final int MAX_LENGTH = 300;

    public AlarmPattern {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an alarm pattern needs text");
        }
    }

    /** The pattern a person typed; refused by {@code field} when blank, too long or a malformed ARN. */
    public static AlarmPattern of(String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "アラームの指定は 1 から " + MAX_LENGTH + " 文字で入力してください "
                    + "(アラーム名、または arn:aws:cloudwatch:…:alarm:名前、* は任意の文字列)。");
        }
        if (text.startsWith("arn:") && !text.contains(":alarm:")) {
            throw new InvalidInputException(field, "ARN はアラームの ARN (arn:aws:cloudwatch:リージョン:アカウント:alarm:名前) "
                    + "で指定してください: " + text);
        }
        return new AlarmPattern(text);
    }

    public boolean isArn() {
        return text.startsWith("arn:");
    }

    public boolean matches(AlarmRef alarm) {
        return glob().matcher(isArn() ? alarm.arn() : alarm.name()).matches();
    }

    private Pattern glob() {
        StringBuilder regex = new StringBuilder();
        for (String part : text.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
