package jp.resas.ops.notification.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.notification.Contact;
import jp.resas.ops.notification.Shift;

/** Reads and replaces a week of the rota; a replacement is validated whole and audited. */
@Singleton
public class RotaService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcRota rota;
    private final AuditLog audit;

    RotaService(JdbcRota rota, AuditLog audit) {
        this.rota = rota;
        this.audit = audit;
    }

    public static LocalDate week(String text) {
        try {
            LocalDate week = LocalDate.parse(text);
            if (week.getDayOfWeek() != DayOfWeek.MONDAY) {
                throw new InvalidInputException("week", "week は週の初日（月曜日）を yyyy-MM-dd で指定してください（値: " + text + "）。");
            }
            return week;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("week", "week は yyyy-MM-dd 形式で指定してください（値: " + text + "）。");
        }
    }

    public static List<Contact> contacts(String field, List<Contact> contacts) {
        if (contacts == null) {
            throw new InvalidInputException(field, field + " を指定してください（空にする場合は []）。");
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            if (c == null || c.name() == null || c.name().isBlank()) {
                throw new InvalidInputException(field + "[" + i + "].name", field + "[" + i + "].name を指定してください。");
            }
            if (c.email() == null || !EMAIL.matcher(c.email()).matches()) {
                throw new InvalidInputException(field + "[" + i + "].email",
                        field + "[" + i + "].email はメールアドレスを指定してください。");
            }
        }
        return List.copyOf(contacts);
    }

    @Transactional(readOnly = true)
    public Map<String, Object> week(LocalDate week) {
        return Map.of("week", week.toString(), "businessHours", rota.contacts(week, Shift.BUSINESS_HOURS),
                "afterHours", rota.contacts(week, Shift.AFTER_HOURS));
    }

    @Transactional
    public Map<String, Object> replace(LocalDate week, List<Contact> businessHours, List<Contact> afterHours,
            Actor actor) {
        Map<String, Object> before = week(week);
        rota.replace(week, Shift.BUSINESS_HOURS, businessHours);
        rota.replace(week, Shift.AFTER_HOURS, afterHours);
        Map<String, Object> after = week(week);
        audit.append(new AuditEntry(actor.name(), "oncall.rota.replace", "oncall_rota", week.toString(),
                Map.of("before", before, "after", after), actor.source()));
        return after;
    }
}
