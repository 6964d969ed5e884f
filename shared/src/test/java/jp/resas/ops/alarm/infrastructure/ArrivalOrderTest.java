package jp.resas.ops.alarm.infrastructure;

import static jp.resas.ops.testutils.AlarmEvents.arn;
import static jp.resas.ops.testutils.AlarmEvents.eventBridge;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11: alarm intake's result depends on the transitions only, never on their order of arrival. Every
 * permutation of small sequences is delivered (a fresh alarm each time, on the real database) and must give
 * exactly the incidents of the sequence delivered in order, whose expected shape is written out here.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArrivalOrderTest implements TestPropertyProvider {

    private static final Instant T = Instant.parse("2026-11-02T01:00:00Z");
    private static final AtomicInteger ALARMS = new AtomicInteger();

    @Inject
    AlarmIntakeService intake;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    /**
     * {@code sequence}: transitions as STATE@minutes; {@code expected}: the incidents as
     * opened-closed/occurrences (closed '-' when open), ordered by opening; {@code autoResolve}: the
     * alarm's name matches the shipped auto-resolve rule ({@code ResasOps-*-Errors}) or no rule.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', value = {
        "true;  ALARM@0 OK@10 ALARM@20 OK@30;            0-10/1 20-30/1",
        "true;  ALARM@0 ALARM@5 OK@10 ALARM@20;          0-10/2 20--/1",
        "true;  ALARM@0 OK@10 OK@15 ALARM@20 OK@30;      0-10/1 20-30/1",
        "true;  OK@0 ALARM@10 ALARM@20 OK@30 ALARM@40;   10-30/2 40--/1",
        "false; ALARM@0 OK@10 ALARM@20 OK@30;            0--/2",
        "false; ALARM@0 ALARM@5 OK@10 ALARM@20 OK@30;    0--/3",
    })
    void everyArrivalOrder_givesTheIncidentsOfTheOrderedSequence(boolean autoResolve, String sequence, String expected) {
        List<String> transitions = List.of(sequence.trim().split(" +"));
        List<List<String>> orders = permutations(transitions);
        for (List<String> order : orders) {
            String alarm = (autoResolve ? "ResasOps-Order" + ALARMS.incrementAndGet() + "-Errors"
                    : "order-plain-" + ALARMS.incrementAndGet());
            for (String transition : order) {
                String[] parts = transition.split("@");
                intake.receive(eventBridge(alarm, parts[0], T.plusSeconds(60L * Integer.parseInt(parts[1]))));
            }
            // A duplicate delivery of the first transition changes nothing either.
            String[] first = order.get(0).split("@");
            intake.receive(eventBridge(alarm, first[0], T.plusSeconds(60L * Integer.parseInt(first[1]))));
            assertThat(shape(alarm)).as("delivered as " + order).isEqualTo(expected.trim());
        }
    }

    private String shape(String alarm) {
        return String.join(" ", sql.query("""
                SELECT opened_at, closed_at, occurrences FROM incident WHERE alarm_arn = ? ORDER BY opened_at""",
                row -> minutes(row.getObject(1, java.time.OffsetDateTime.class)) + "-"
                        + (row.getObject(2) == null ? "-" : minutes(row.getObject(2, java.time.OffsetDateTime.class)))
                        + "/" + row.getInt(3), arn(alarm)));
    }

    private static String minutes(java.time.OffsetDateTime at) {
        return String.valueOf(java.time.Duration.between(T, at.toInstant()).toMinutes());
    }

    private static List<List<String>> permutations(List<String> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<String>> all = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> rest = new ArrayList<>(items);
            String head = rest.remove(i);
            for (List<String> tail : permutations(rest)) {
                List<String> order = new ArrayList<>();
                order.add(head);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
