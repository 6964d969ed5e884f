package jp.resas.ops.alarm.infrastructure;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.resas.ops.alarm.AlarmRule;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * The {@code alarm_rule} table in position order, kept for a minute (issue 18: one round trip fewer per alarm
 * event). The rules change only by SQL (a migration or an administrator's statement), so a change applies to the
 * alarms received from at most {@link #KEPT} later on; a new process reads them at its first alarm.
 */
@Singleton
final class AlarmRules {

    static final Duration KEPT = Duration.ofMinutes(1);

    /** The rules as read at {@code at}, and the rule found for each alarm name asked since (no pattern compiled again). */
    private record Read(List<AlarmRule> rules, Instant at, Map<String, AlarmRule> byName) {
    }

    private final Sql sql;
    private final Clock clock;
    private volatile Read last;

    AlarmRules(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    List<AlarmRule> current() {
        return read().rules();
    }

    /** The first rule (by position) that matches the alarm's name, {@link AlarmRule#DEFAULT} when none does. */
    AlarmRule ruleFor(String alarmName) {
        Read read = read();
        return read.byName().computeIfAbsent(alarmName, name -> read.rules().stream().filter(rule -> rule.matches(name))
                .findFirst().orElse(AlarmRule.DEFAULT));
    }

    private Read read() {
        Read read = last;
        Instant now = clock.instant();
        if (read == null || !now.isBefore(read.at().plus(KEPT)) || now.isBefore(read.at())) {
            read = new Read(List.copyOf(sql.query("SELECT name_pattern, severity, auto_resolve FROM alarm_rule "
                    + "ORDER BY position", row -> new AlarmRule(row.getString(1), row.getInt(2), row.getBoolean(3)))),
                    now, new ConcurrentHashMap<>());
            last = read;
        }
        return read;
    }
}
