package jp.resas.ops.alarm.infrastructure;

import static jp.resas.ops.testutils.AlarmEvents.arn;
import static jp.resas.ops.testutils.AlarmEvents.configurationChange;
import static jp.resas.ops.testutils.AlarmEvents.eventBridge;
import static jp.resas.ops.testutils.AlarmEvents.lambdaAction;
import static jp.resas.ops.testutils.AlarmEvents.sns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.resas.ops.alarm.IntakeResult.Outcome;
import jp.resas.ops.alarm.MalformedAlarmEventException;
import jp.resas.ops.incident.Incident;
import jp.resas.ops.incident.IncidentDetail;
import jp.resas.ops.incident.IncidentQuery;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.incident.TimelineEntry;
import jp.resas.ops.incident.infrastructure.IncidentService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.TestPlatform;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlarmIntakeServiceTest implements TestPropertyProvider {

    private static final Instant T0 = Instant.parse("2026-11-02T01:00:00.123Z");

    @Inject
    AlarmIntakeService intake;
    @Inject
    IncidentService incidents;
    @Inject
    Sql sql;
    @Inject
    JdbcAlarmLedger ledger;
    @Inject
    jp.resas.ops.audit.AuditLog audit;
    @Inject
    jp.resas.ops.alarm.event.AlarmEventParser parser;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    private Outcome receive(String event) {
        return intake.receive(event).get(0).outcome();
    }

    private List<Incident> incidentsOf(String alarm) {
        return incidents.list(new IncidentQuery(Optional.empty(), Optional.empty(), 200, Optional.empty()))
                .items().stream().filter(incident -> arn(alarm).equals(incident.alarmArn())).toList();
    }

    private Incident theIncidentOf(String alarm) {
        List<Incident> found = incidentsOf(alarm);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<String> timelineKinds(Incident incident) {
        IncidentDetail detail = incidents.find(incident.id()).orElseThrow();
        return detail.timeline().stream().map(TimelineEntry::kind).toList();
    }

    @Test
    void alarm_opensIncidentAtTheTransitionTime() {
        assertThat(receive(eventBridge("opens", "ALARM", T0))).isEqualTo(Outcome.OPENED);

        Incident incident = theIncidentOf("opens");
        assertThat(incident.status()).isEqualTo(IncidentStatus.DETECTED);
        assertThat(incident.occurrences()).isEqualTo(1);
        assertThat(incident.openedAt()).isEqualTo(T0);
        assertThat(incident.recoveredAt()).isNull();
        assertThat(incident.severity()).isEqualTo(3);
        assertThat(incident.alarmName()).isEqualTo("opens");
        assertThat(timelineKinds(incident)).containsExactly("DETECTED");
    }

    @Test
    void alarmAgain_whileOpen_addsOccurrence() {
        receive(eventBridge("again", "ALARM", T0));

        assertThat(receive(lambdaAction("again", "ALARM", T0.plusSeconds(600)))).isEqualTo(Outcome.OCCURRENCE_ADDED);

        Incident incident = theIncidentOf("again");
        assertThat(incident.occurrences()).isEqualTo(2);
        assertThat(incident.openedAt()).isEqualTo(T0);
    }

    @Test
    void ok_afterAlarm_recordsRecoveryAndKeepsTheIncidentOpen() {
        receive(eventBridge("recovers", "ALARM", T0));

        assertThat(receive(sns("recovers", "OK", T0.plusSeconds(300)))).isEqualTo(Outcome.RECOVERED);

        Incident incident = theIncidentOf("recovers");
        assertThat(incident.recoveredAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(incident.status()).isEqualTo(IncidentStatus.DETECTED);
        assertThat(timelineKinds(incident)).containsExactly("DETECTED", "RECOVERED");
    }

    @Test
    void alarm_afterRecovery_addsOccurrenceAndClearsRecovery() {
        receive(eventBridge("flaps", "ALARM", T0));
        receive(eventBridge("flaps", "OK", T0.plusSeconds(300)));

        assertThat(receive(eventBridge("flaps", "ALARM", T0.plusSeconds(900)))).isEqualTo(Outcome.OCCURRENCE_ADDED);

        Incident incident = theIncidentOf("flaps");
        assertThat(incident.occurrences()).isEqualTo(2);
        assertThat(incident.recoveredAt()).isNull();
    }

    @Test
    void ok_ofAutoResolveAlarm_closesTheIncident_andTheNextAlarmOpensANewOne() {
        String alarm = "ResasOps-Api-Errors";
        receive(eventBridge(alarm, "ALARM", T0));
        receive(eventBridge(alarm, "OK", T0.plusSeconds(300)));

        Incident closed = theIncidentOf(alarm);
        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(closed.closedAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(closed.severity()).isEqualTo(2);

        assertThat(receive(eventBridge(alarm, "ALARM", T0.plusSeconds(3600)))).isEqualTo(Outcome.OPENED);
        assertThat(incidentsOf(alarm)).extracting(Incident::status)
                .containsExactly(IncidentStatus.DETECTED, IncidentStatus.CLOSED);
    }

    @Test
    void lateAlarm_fromTheClosedIncidentsPeriod_doesNotOpenANewOne() {
        String alarm = "ResasOps-Etl-Errors";
        receive(eventBridge(alarm, "ALARM", T0));
        receive(eventBridge(alarm, "OK", T0.plusSeconds(600)));

        assertThat(receive(sns(alarm, "ALARM", T0.plusSeconds(300)))).isEqualTo(Outcome.OCCURRENCE_ADDED);

        assertThat(theIncidentOf(alarm).occurrences()).isEqualTo(2);
    }

    @Test
    void sameTransitionTwice_changesNothing() {
        String event = eventBridge("twice", "ALARM", T0);
        receive(event);
        int auditBefore = count("audit_log");

        assertThat(receive(event)).isEqualTo(Outcome.DUPLICATE);

        assertThat(theIncidentOf("twice").occurrences()).isEqualTo(1);
        assertThat(count("audit_log")).isEqualTo(auditBefore);
    }

    @Test
    void sameTransition_byEventBridgeSnsAndLambdaAction_countsOnce() {
        receive(eventBridge("routes", "ALARM", T0));

        assertThat(receive(sns("routes", "ALARM", T0))).isEqualTo(Outcome.DUPLICATE);
        assertThat(receive(lambdaAction("routes", "ALARM", T0))).isEqualTo(Outcome.DUPLICATE);

        assertThat(theIncidentOf("routes").occurrences()).isEqualTo(1);
        assertThat(timelineKinds(theIncidentOf("routes"))).containsExactly("DETECTED");
    }

    @Test
    void okArrivingBeforeTheEarlierAlarm_theIncidentOpensAlreadyRecovered() {
        assertThat(receive(sns("late", "OK", T0.plusSeconds(300)))).isEqualTo(Outcome.RECORDED);
        assertThat(incidentsOf("late")).isEmpty();

        assertThat(receive(eventBridge("late", "ALARM", T0))).isEqualTo(Outcome.OPENED);

        Incident incident = theIncidentOf("late");
        assertThat(incident.openedAt()).isEqualTo(T0);
        assertThat(incident.recoveredAt()).isEqualTo(T0.plusSeconds(300));
        assertThat(timelineKinds(incident)).containsExactly("DETECTED", "RECOVERED");
    }

    @Test
    void olderAlarmArrivingLate_movesTheOpeningBack_andKeepsTheRecovery() {
        receive(eventBridge("reorder", "ALARM", T0.plusSeconds(600)));
        receive(eventBridge("reorder", "OK", T0.plusSeconds(900)));

        receive(sns("reorder", "ALARM", T0));

        Incident incident = theIncidentOf("reorder");
        assertThat(incident.openedAt()).isEqualTo(T0);
        assertThat(incident.occurrences()).isEqualTo(2);
        assertThat(incident.recoveredAt()).isEqualTo(T0.plusSeconds(900));
    }

    @Test
    void insufficientData_withoutAnIncident_opensNothing() {
        assertThat(receive(eventBridge("quiet", "INSUFFICIENT_DATA", T0))).isEqualTo(Outcome.RECORDED);

        assertThat(incidentsOf("quiet")).isEmpty();
    }

    @Test
    void insufficientData_whileOpen_addsATimelineNote() {
        receive(eventBridge("gaps", "ALARM", T0));

        assertThat(receive(eventBridge("gaps", "INSUFFICIENT_DATA", T0.plusSeconds(60)))).isEqualTo(Outcome.NOTED);

        Incident incident = theIncidentOf("gaps");
        assertThat(timelineKinds(incident)).containsExactly("DETECTED", "INSUFFICIENT_DATA");
        assertThat(incident.recoveredAt()).isNull();
        assertThat(incident.occurrences()).isEqualTo(1);
    }

    @Test
    void configurationChange_opensNothing_butIsNotedOnTheOpenIncident() {
        assertThat(receive(configurationChange("configured", "update", T0))).isEqualTo(Outcome.RECORDED);
        assertThat(incidentsOf("configured")).isEmpty();

        receive(eventBridge("configured", "ALARM", T0.plusSeconds(60)));
        assertThat(receive(configurationChange("configured", "update", T0.plusSeconds(120)))).isEqualTo(Outcome.NOTED);

        assertThat(timelineKinds(theIncidentOf("configured"))).containsExactly("DETECTED", "CONFIGURATION");
    }

    @Test
    void severity_comesFromTheFirstMatchingRule() {
        receive(eventBridge("ResasOps-Monitoring-DlqDepth", "ALARM", T0));

        assertThat(theIncidentOf("ResasOps-Monitoring-DlqDepth").severity()).isEqualTo(2);
    }

    @Test
    void malformedEvent_isRejected_andNothingIsWritten() {
        int alarms = count("alarm");
        int transitions = count("alarm_transition");
        int incidentsBefore = count("incident");
        int audit = count("audit_log");
        String broken = eventBridge("broken", "ALARM", T0).replace("\"value\":\"ALARM\"", "\"value\":\"MAYBE\"");

        assertThatThrownBy(() -> intake.receive(broken)).isInstanceOf(MalformedAlarmEventException.class)
                .hasMessageContaining("detail.state.value");

        assertThat(List.of(count("alarm"), count("alarm_transition"), count("incident"), count("audit_log")))
                .containsExactly(alarms, transitions, incidentsBefore, audit);
    }

    @Test
    void everyChange_isAudited() {
        receive(eventBridge("audited", "ALARM", T0));

        assertThat(sql.queryOne("SELECT count(*) FROM audit_log WHERE actor = 'system:alarm-intake' "
                + "AND action = 'alarm.opened' AND details->>'alarmArn' = ?", row -> row.getInt(1), arn("audited")))
                .contains(1);
    }

    private int count(String table) {
        return sql.queryOne("SELECT count(*) FROM " + table, row -> row.getInt(1)).orElseThrow();
    }

    /** The real ledger, counting each of its calls by method name. */
    private jp.resas.ops.alarm.AlarmLedger counted(Map<String, Integer> calls) {
        return (jp.resas.ops.alarm.AlarmLedger) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {jp.resas.ops.alarm.AlarmLedger.class}, (proxy, method, args) -> {
                    calls.merge(method.getName(), 1, Integer::sum);
                    try {
                        return method.invoke(ledger, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void eachNotice_readsTheAlarmRulesOnce_whateverItsOutcome() {
        String[][] steps = {{"ALARM", "0"}, {"ALARM", "600"}, {"OK", "900"}, {"ALARM", "1200"}, {"OK", "1500"}};
        for (String alarm : List.of("rules-once", "ResasOps-Counted-Errors")) {
            for (String[] step : steps) {
                Map<String, Integer> calls = new java.util.HashMap<>();
                var once = new jp.resas.ops.alarm.AlarmIntake(counted(calls), audit);
                var notice = parser.parse(eventBridge(alarm, step[0], T0.plusSeconds(Long.parseLong(step[1])))).get(0);
                Outcome outcome = once.receive(notice).outcome();
                assertThat(outcome).isNotEqualTo(Outcome.DUPLICATE);
                assertThat(calls.getOrDefault("ruleFor", 0)).as("%s %s -> %s: %s", alarm, step[0], outcome, calls)
                        .isEqualTo(1);
            }
        }
    }

    /** The real ledger with its one-round-trip steps replaced by the port's step-by-step defaults. */
    private jp.resas.ops.alarm.AlarmLedger stepByStep() {
        return (jp.resas.ops.alarm.AlarmLedger) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {jp.resas.ops.alarm.AlarmLedger.class}, (proxy, method, args) -> {
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

    @Test
    void theOneStatementSteps_endWhereTheStepByStepPortDoes_inFewerCalls() {
        String[][] steps = {{"ALARM", "0"}, {"ALARM", "600"}, {"OK", "900"}, {"OK", "900"}, {"ALARM", "1200"},
            {"ALARM", "300"}, {"OK", "1500"}, {"INSUFFICIENT_DATA", "1600"}};
        for (String[] step : steps) {
            Instant at = T0.plusSeconds(Long.parseLong(step[1]));
            Map<String, Integer> calls = new java.util.HashMap<>();
            Outcome fused = new jp.resas.ops.alarm.AlarmIntake(counted(calls), audit)
                    .receive(parser.parse(eventBridge("fused", step[0], at)).get(0)).outcome();
            Outcome stepwise = new jp.resas.ops.alarm.AlarmIntake(stepByStep(), audit)
                    .receive(parser.parse(eventBridge("stepwise", step[0], at)).get(0)).outcome();

            assertThat(fused).as("%s at %s", step[0], step[1]).isEqualTo(stepwise);
            assertThat(calls).as("%s at %s -> %s", step[0], step[1], fused).doesNotContainKeys("register", "record");
            assertThat(calls.getOrDefault("registerAndRecord", 0)).as("%s at %s -> %s", step[0], step[1], fused)
                    .isLessThanOrEqualTo(1);
            if (fused == Outcome.OCCURRENCE_ADDED || fused == Outcome.RECOVERED || fused == Outcome.DUPLICATE) {
                assertThat(calls.keySet()).as("%s at %s -> %s: one call besides the cached rules", step[0], step[1], fused)
                        .containsExactlyInAnyOrder("ruleFor", "applyToOpenIncident");
            } else {
                assertThat(calls).as("%s at %s -> %s: left to the steps", step[0], step[1], fused)
                        .containsEntry("registerAndRecord", 1);
            }
            Incident one = theIncidentOf("fused");
            Incident other = theIncidentOf("stepwise");
            assertThat(List.of(one.status(), one.occurrences(), one.openedAt(), String.valueOf(one.recoveredAt())))
                    .as("%s at %s", step[0], step[1])
                    .isEqualTo(List.of(other.status(), other.occurrences(), other.openedAt(),
                            String.valueOf(other.recoveredAt())));
            assertThat(timelineKinds(one)).isEqualTo(timelineKinds(other));
        }
        Incident done = theIncidentOf("fused");
        assertThat(done.occurrences()).isEqualTo(4);
        assertThat(done.openedAt()).isEqualTo(T0);
        assertThat(done.recoveredAt()).isEqualTo(T0.plusSeconds(1500));
    }
}
