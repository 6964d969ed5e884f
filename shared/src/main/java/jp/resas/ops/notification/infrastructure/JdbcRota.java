package jp.resas.ops.notification.infrastructure;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import jp.resas.ops.notification.Contact;
import jp.resas.ops.notification.Shift;
import jp.resas.ops.platform.jdbc.Sql;

/** The on-call rota in PostgreSQL: contacts per week and shift, in escalation order. */
@Singleton
public class JdbcRota {

    private final Sql sql;

    JdbcRota(Sql sql) {
        this.sql = sql;
    }

    public List<Contact> contacts(LocalDate weekStart, Shift shift) {
        return sql.query("SELECT name, email FROM oncall_rota WHERE week_start = ? AND shift = ? ORDER BY position",
                row -> new Contact(row.getString("name"), row.getString("email")), weekStart, shift);
    }

    /** Replaces a week's shift (inside the caller's transaction). */
    void replace(LocalDate weekStart, Shift shift, List<Contact> contacts) {
        sql.update("DELETE FROM oncall_rota WHERE week_start = ? AND shift = ?", weekStart, shift);
        for (int i = 0; i < contacts.size(); i++) {
            sql.update("INSERT INTO oncall_rota (week_start, shift, position, name, email) VALUES (?, ?, ?, ?, ?)",
                    weekStart, shift, i + 1, contacts.get(i).name(), contacts.get(i).email());
        }
    }
}
