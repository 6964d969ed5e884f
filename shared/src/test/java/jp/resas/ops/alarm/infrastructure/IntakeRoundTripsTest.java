package jp.resas.ops.alarm.infrastructure;

import static jp.resas.ops.testutils.AlarmEvents.arn;
import static jp.resas.ops.testutils.AlarmEvents.eventBridge;
import static jp.resas.ops.testutils.AlarmEvents.lambdaAction;
import static jp.resas.ops.testutils.AlarmEvents.sns;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.resas.ops.alarm.AlarmLedger;
import jp.resas.ops.alarm.AlarmLedger.TimelineLine;
import jp.resas.ops.alarm.AlarmRef;
import jp.resas.ops.alarm.IntakeResult;
import jp.resas.ops.alarm.IntakeResult.Outcome;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.TimelineEntry;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The intake's fewer round trips (issue 18): the parse outside the transaction, the alarm rules kept for a minute,
 * the timeline lines and the audit row written in one statement. Each keeps what the step-by-step intake did.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeRoundTripsTest implements TestPropertyProvider {

    private static final Instant T0 = Instant.parse("2026-11-05T03:00:00Z");
    private static final int THREADS = 8;

    @Inject
    AlarmIntakeService intake;
    @Inject
    JdbcAlarmLedger ledger;
    @Inject
    AuditLog audit;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @Test
    void duplicateDelivery_byEveryRoute_writesNoRowAfterTheFirst() {
        assertThat(intake.receive(eventBridge("dup", "ALARM", T0)).get(0).outcome()).isEqualTo(Outcome.OPENED);
        assertThat(intake.receive(eventBridge("dup", "OK", T0.plusSeconds(60))).get(0).outcome())
                .isEqualTo(Outcome.RECOVERED);
        List<Long> before = rowsOf("dup");

        for (String again : List.of(eventBridge("dup", "ALARM", T0), sns("dup", "ALARM", T0),
                lambdaAction("dup", "ALARM", T0), eventBridge("dup", "OK", T0.plusSeconds(60)))) {
            assertThat(intake.receive(again).get(0).outcome()).isEqualTo(Outcome.DUPLICATE);
        }

        assertThat(rowsOf("dup")).isEqualTo(before).containsExactly(1L, 2L, 2L, 2L);
    }

    @Test
    void sameAlarm_fromEightThreads_opensOneIncident_withEveryTransitionOnItOnce() throws Exception {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < THREADS * 3; i++) {
            Instant at = T0.plusSeconds(60L * (i % THREADS));
            events.add(switch (i / THREADS) {
                case 0 -> eventBridge("eight", "ALARM", at);
                case 1 -> sns("eight", "ALARM", at);
                default -> lambdaAction("eight", "ALARM", at);
            });
        }

        List<Outcome> outcomes = deliverOnEightThreads(events);

        assertThat(outcomes).filteredOn(Outcome.OPENED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(Outcome.OCCURRENCE_ADDED::equals).hasSize(THREADS - 1);
        assertThat(outcomes).filteredOn(Outcome.DUPLICATE::equals).hasSize(THREADS * 2);
        assertThat(sql.query("SELECT occurrences, opened_at FROM incident WHERE alarm_arn = ?",
                row -> row.getInt(1) + " at " + Sql.instant(row, "opened_at"), arn("eight")))
                .containsExactly(THREADS + " at " + T0);
        assertThat(rowsOf("eight")).containsExactly(1L, (long) THREADS, (long) THREADS, (long) THREADS);
        assertThat(sql.query("SELECT kind FROM incident_timeline WHERE incident_id = (SELECT id FROM incident "
                + "WHERE alarm_arn = ?) ORDER BY kind", row -> row.getString(1), arn("eight")))
                .containsOnly("DETECTED", "OCCURRENCE").filteredOn("DETECTED"::equals).hasSize(1);
    }

    @Test
    void timelineAndAudit_inOneStatement_writeTheRowsOfTheSteps() {
        IncidentId fused = incidentOf("fused-rows");
        IncidentId stepwise = incidentOf("stepwise-rows");
        List<TimelineEntry> entries = List.of(new TimelineEntry(T0.plusSeconds(5), "DETECTED", "system:test", "一"),
                new TimelineEntry(T0, "RECOVERED", "system:test", "二"),
                new TimelineEntry(T0.plusSeconds(5), "CLOSED", "system:test", "三"));

        ledger.appendTimelineAndAudit(entries.stream().map(e -> new TimelineLine(fused, e)).toList(),
                auditEntry(fused, "fused-rows"), audit);
        AlarmLedger steps = (AlarmLedger) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AlarmLedger.class}, (proxy, method, args) -> method.isDefault()
                        ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args)
                        : method.invoke(ledger, args));
        steps.appendTimelineAndAudit(entries.stream().map(e -> new TimelineLine(stepwise, e)).toList(),
                auditEntry(stepwise, "stepwise-rows"), audit);

        assertThat(timeline(fused)).containsExactly("DETECTED 一", "RECOVERED 二", "CLOSED 三")
                .isEqualTo(timeline(stepwise));
        assertThat(auditRows(fused)).hasSize(1).element(0)
                .isEqualTo(auditRows(stepwise).get(0).replace("stepwise-rows", "fused-rows"));
    }

    @Test
    void auditAlone_whenTheNoticeAddsNoTimelineLine() {
        IncidentId alone = incidentOf("audit-alone");

        ledger.appendTimelineAndAudit(List.of(), auditEntry(alone, "audit-alone"), audit);

        assertThat(timeline(alone)).isEmpty();
        assertThat(auditRows(alone)).containsExactly("alarm.recorded alarm {\"alarmArn\": \"" + arn("audit-alone")
                + "\", \"transition\": \"OK\"} EVENTBRIDGE");
    }

    @Test
    void alarmRules_areKeptForAMinute_thenReadAgain() {
        MovableClock clock = new MovableClock(T0);
        AlarmRules rules = new AlarmRules(sql, clock);
        int before = rules.current().size();
        sql.update("INSERT INTO alarm_rule (position, name_pattern, severity, auto_resolve) VALUES (999, 'kept-*', 1, "
                + "FALSE)");
        try {
            clock.set(T0.plus(AlarmRules.KEPT).minusMillis(1));
            assertThat(rules.current()).hasSize(before);

            clock.set(T0.plus(AlarmRules.KEPT));
            assertThat(rules.current()).hasSize(before + 1).last()
                    .isEqualTo(new jp.resas.ops.alarm.AlarmRule("kept-*", 1, false));

            clock.set(T0.minusSeconds(1));
            sql.update("DELETE FROM alarm_rule WHERE position = 999");
            assertThat(rules.current()).as("a clock set back reads again").hasSize(before);
        } finally {
            sql.update("DELETE FROM alarm_rule WHERE position = 999");
        }
    }

    @Test
    void tallyProbes_readOneIndexEntryEach_whateverTheIncidentsHistory() {
        IncidentId busy = incidentOf("long-history");
        sql.update("""
                INSERT INTO alarm_transition (alarm_arn, kind, state, changed_at, route, incident_id)
                SELECT ?, 'STATE', CASE WHEN n % 2 = 0 THEN 'ALARM' ELSE 'OK' END,
                       ?::timestamptz + n * interval '1 second', 'EVENTBRIDGE', ?
                FROM generate_series(1, 20000) n
                """, arn("long-history"), T0, busy.value());
        sql.update("ANALYZE alarm_transition");

        for (String probe : List.of("min(changed_at) FROM alarm_transition WHERE incident_id = ? AND kind = 'STATE' "
                + "AND state = 'ALARM'", "max(changed_at) FROM alarm_transition WHERE incident_id = ? AND kind = 'STATE' "
                + "AND state = 'OK'")) {
            String plan = String.join("\n", sql.query("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT "
                    + probe, row -> row.getString(1), busy.value()));
            String scan = plan.lines().filter(line -> line.contains("using alarm_transition_tally")).findFirst()
                    .orElse("no scan of alarm_transition_tally");
            assertThat(scan).as(plan).contains("actual rows=1 ");
            assertThat(plan).doesNotContain("Seq Scan").doesNotContain("Sort");
        }
    }

    /** Transitions of the alarm, transitions on an incident, timeline lines and audit rows of its incidents. */
    private List<Long> rowsOf(String alarm) {
        return sql.query("""
                SELECT (SELECT count(*) FROM incident WHERE alarm_arn = ?),
                       (SELECT count(*) FROM alarm_transition WHERE alarm_arn = ?),
                       (SELECT count(*) FROM alarm_transition WHERE alarm_arn = ? AND incident_id IS NOT NULL),
                       (SELECT count(*) FROM audit_log WHERE details->>'alarmArn' = ?)
                """, row -> List.of(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)),
                arn(alarm), arn(alarm), arn(alarm), arn(alarm)).get(0);
    }

    private List<Outcome> deliverOnEightThreads(List<String> events) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<IntakeResult>>> futures = new ArrayList<>();
            for (String event : events) {
                Callable<List<IntakeResult>> delivery = () -> {
                    start.await();
                    return intake.receive(event);
                };
                futures.add(pool.submit(delivery));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<List<IntakeResult>> future : futures) {
                outcomes.add(future.get().get(0).outcome());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private IncidentId incidentOf(String alarm) {
        AlarmRef ref = new AlarmRef(arn(alarm), alarm, "123456789012", "ap-northeast-1");
        ledger.register(ref, jp.resas.ops.alarm.AlarmKind.METRIC);
        return ledger.openIncident(ref, "rows of " + alarm, 3, T0);
    }

    private static AuditEntry auditEntry(IncidentId incident, String alarm) {
        return new AuditEntry("system:alarm-intake", "alarm.recorded", "alarm", String.valueOf(incident.value()),
                Map.of("alarmArn", arn(alarm), "transition", "OK"), "EVENTBRIDGE");
    }

    private List<String> timeline(IncidentId incident) {
        return sql.query("SELECT kind || ' ' || message FROM incident_timeline WHERE incident_id = ? ORDER BY id",
                row -> row.getString(1), incident.value());
    }

    private List<String> auditRows(IncidentId incident) {
        return sql.query("SELECT action || ' ' || target_type || ' ' || details::text || ' ' || source FROM audit_log "
                + "WHERE target_type = 'alarm' AND target_id = ?", row -> row.getString(1), String.valueOf(incident.value()));
    }
}
