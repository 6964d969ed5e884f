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
import jp.resas.ops.alarm.AlarmIntake;
import jp.resas.ops.alarm.AlarmLedger;
import jp.resas.ops.alarm.AlarmLedger.TimelineLine;
import jp.resas.ops.alarm.AlarmRef;
import jp.resas.ops.alarm.IntakeResult;
import jp.resas.ops.alarm.IntakeResult.Outcome;
import jp.resas.ops.alarm.MaintenanceCheck;
import jp.resas.ops.alarm.event.AlarmEventParser;
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
    @Inject
    MaintenanceCheck maintenance;
    @Inject
    AlarmEventParser parser;

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

    /**
     * V128's one call against the port's step-by-step defaults, event for event and row for row: a reason with a
     * percent sign, repeated ALARMs, an OK, an ALARM older than the opening (the opening moves back, the due times are
     * computed again), an ALARM inside a maintenance window (left to the steps), a duplicate, an ALARM after recovery.
     */
    @Test
    void oneCall_writesTheRowsOfTheStepByStepIntake() {
        Instant t = Instant.parse("2026-08-03T01:00:00Z");
        long window = sql.queryOne("""
                INSERT INTO maintenance_window (title, kind, services, starts_at, ends_at, created_by)
                VALUES ('一括テスト作業', 'PLANNED', '{}', ?, ?, 'test') RETURNING id
                """, row -> row.getLong(1), t.plusSeconds(1100), t.plusSeconds(1300)).orElseThrow();
        try {
            String[][] steps = {{"ALARM", "0"}, {"ALARM", "600"}, {"OK", "900"}, {"ALARM", "-300"}, {"ALARM", "1200"},
                {"OK", "1500"}, {"OK", "1500"}, {"ALARM", "1800"}, {"OK", "-600"}};
            AlarmIntake fused = new AlarmIntake(ledger, audit, maintenance);
            AlarmIntake stepwise = new AlarmIntake(stepByStep(), audit, maintenance);
            for (String[] step : steps) {
                Instant at = t.plusSeconds(Long.parseLong(step[1]));
                Outcome one = fused.receive(parser.parse(withReason(eventBridge("one-call", step[0], at))).get(0))
                        .outcome();
                Outcome steps2 = stepwise.receive(parser.parse(withReason(eventBridge("step-by-step", step[0], at)))
                        .get(0)).outcome();
                assertThat(one).as("%s at %s", step[0], step[1]).isEqualTo(steps2);
            }

            assertThat(incidentRow("one-call")).isEqualTo(incidentRow("step-by-step"))
                    .contains("occurrences=5", "opened_at=" + t.minusSeconds(300), "maintenance_window_id=" + window)
                    .doesNotContain("due=-");
            assertThat(timelineRows("one-call")).isEqualTo(timelineRows("step-by-step"))
                    .anyMatch(line -> line.contains(" OCCURRENCE system:alarm-intake アラーム再発 (2 回目): 100% CPU "))
                    .anyMatch(line -> line.contains(" MAINTENANCE "));
            assertThat(auditRowsOf("one-call")).isEqualTo(auditRowsOf("step-by-step")).hasSize(steps.length - 1);
            assertThat(transitionRows("one-call")).isEqualTo(transitionRows("step-by-step")).hasSize(steps.length - 1);
        } finally {
            sql.update("UPDATE maintenance_window SET status = 'CANCELLED' WHERE id = ?", window);
        }
    }

    /**
     * A failure at any step of the one call (the transition, the incident's update, the timeline line, the audit row)
     * leaves nothing of the event; delivered again once the fault is gone, it counts once.
     */
    @Test
    void aFailureInsideTheOneCall_leavesNothing_andTheRedeliveryCountsOnce() {
        String[][] faults = {{"alarm_transition", "AFTER INSERT", "NEW.alarm_arn = '%s'"},
            {"incident", "BEFORE UPDATE", "NEW.alarm_arn = '%s'"},
            {"incident_timeline", "BEFORE INSERT", "NEW.incident_id = %2$d"},
            {"audit_log", "BEFORE INSERT", "NEW.target_id = '%2$d'"}};
        sql.update("CREATE OR REPLACE FUNCTION intake_test_fault() RETURNS trigger LANGUAGE plpgsql AS $$ "
                + "BEGIN RAISE EXCEPTION 'injected fault on %', TG_TABLE_NAME; END $$");
        for (int i = 0; i < faults.length; i++) {
            String alarm = "faulty-" + i;
            assertThat(intake.receive(eventBridge(alarm, "ALARM", T0)).get(0).outcome()).isEqualTo(Outcome.OPENED);
            long incident = incidentIdOf(arn(alarm));
            List<String> before = List.of(incidentRow(alarm), timelineRows(alarm).toString(),
                    auditRowsOf(alarm).toString(), transitionRows(alarm).toString());
            sql.update("CREATE TRIGGER intake_test_fault " + faults[i][1] + " ON " + faults[i][0] + " FOR EACH ROW WHEN ("
                    + faults[i][2].formatted(arn(alarm), incident) + ") EXECUTE FUNCTION intake_test_fault()");
            try {
                String again = eventBridge(alarm, "ALARM", T0.plusSeconds(60));
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> intake.receive(again))
                        .hasStackTraceContaining("injected fault on " + faults[i][0]);
            } finally {
                sql.update("DROP TRIGGER intake_test_fault ON " + faults[i][0]);
            }
            assertThat(List.of(incidentRow(alarm), timelineRows(alarm).toString(), auditRowsOf(alarm).toString(),
                    transitionRows(alarm).toString())).as(faults[i][0]).isEqualTo(before);

            assertThat(intake.receive(eventBridge(alarm, "ALARM", T0.plusSeconds(60))).get(0).outcome())
                    .isEqualTo(Outcome.OCCURRENCE_ADDED);
            assertThat(intake.receive(sns(alarm, "ALARM", T0.plusSeconds(60))).get(0).outcome())
                    .isEqualTo(Outcome.DUPLICATE);
            assertThat(incidentRow(alarm)).as(faults[i][0]).contains("occurrences=2");
            assertThat(timelineRows(alarm)).as(faults[i][0]).hasSize(2);
        }
    }

    /** The real ledger with its one-round-trip steps replaced by the port's step-by-step defaults. */
    private AlarmLedger stepByStep() {
        return (AlarmLedger) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AlarmLedger.class}, (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    try {
                        return method.invoke(ledger, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Both states' reasons with a percent sign (a format() string's special character). */
    private static String withReason(String event) {
        return event.replace("\"reason\":\"", "\"reason\":\"100% CPU ");
    }

    private long incidentIdOf(String alarmArn) {
        return sql.queryOne("SELECT id FROM incident WHERE alarm_arn = ?", row -> row.getLong(1), alarmArn)
                .orElseThrow();
    }

    /** The alarm's incident: every column but its id and times of writing, the alarm's own name left out. */
    private String incidentRow(String alarm) {
        return sql.queryOne("""
                SELECT 'status=' || status || ' severity=' || severity || ' occurrences=' || occurrences
                       || ' opened_at=' || to_char(opened_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                       || ' recovered_at=' || coalesce(recovered_at::text, '-')
                       || ' closed_at=' || coalesce(closed_at::text, '-') || ' version=' || version
                       || ' due=' || coalesce(sla_response_due_at::text, '-') || '/'
                       || coalesce(sla_resolution_due_at::text, '-') || '/' || coalesce(sla_queue_due_at::text, '-')
                       || ' maintenance_window_id=' || coalesce(maintenance_window_id::text, '-')
                FROM incident WHERE alarm_arn = ?
                """, row -> row.getString(1), arn(alarm)).orElseThrow();
    }

    private List<String> timelineRows(String alarm) {
        return sql.query("""
                SELECT at || ' ' || kind || ' ' || actor || ' ' || message FROM incident_timeline
                WHERE incident_id = (SELECT id FROM incident WHERE alarm_arn = ?) ORDER BY id
                """, row -> row.getString(1), arn(alarm));
    }

    /** Audit rows of the alarm's events, the incident's id and the alarm's ARN written as placeholders. */
    private List<String> auditRowsOf(String alarm) {
        String incident = sql.queryOne("SELECT id::text FROM incident WHERE alarm_arn = ?", row -> row.getString(1),
                arn(alarm)).orElse("none");
        return sql.query("""
                SELECT actor || ' ' || action || ' ' || target_type || ' ' || coalesce(target_id, '-') || ' '
                       || details::text || ' ' || source
                FROM audit_log WHERE details->>'alarmArn' = ? ORDER BY id
                """, row -> row.getString(1).replace(arn(alarm), "ARN").replace(" " + incident + " ", " INCIDENT "),
                arn(alarm));
    }

    private List<String> transitionRows(String alarm) {
        return sql.query("""
                SELECT state || ' ' || changed_at || ' ' || coalesce(reason, '-') || ' ' || route || ' '
                       || (incident_id IS NOT NULL) FROM alarm_transition WHERE alarm_arn = ? ORDER BY changed_at, state
                """, row -> row.getString(1), arn(alarm));
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
