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
import jp.resas.ops.alarm.IntakeResult;
import jp.resas.ops.alarm.IntakeResult.Outcome;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Many Lambda instances delivering at once: the database, not memory, keeps the outcome right. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentDeliveryTest implements TestPropertyProvider {

    private static final Instant T0 = Instant.parse("2026-11-03T00:00:00Z");
    private static final int DELIVERIES = 12;

    @Inject
    AlarmIntakeService intake;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @Test
    void sameTransition_deliveredConcurrentlyByEveryRoute_opensOneIncidentOnce() throws Exception {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            events.add(switch (i % 3) {
                case 0 -> eventBridge("storm", "ALARM", T0);
                case 1 -> sns("storm", "ALARM", T0);
                default -> lambdaAction("storm", "ALARM", T0);
            });
        }

        List<Outcome> outcomes = deliverAtOnce(events);

        assertThat(outcomes).filteredOn(Outcome.OPENED::equals).hasSize(1);
        assertThat(outcomes).filteredOn(Outcome.DUPLICATE::equals).hasSize(DELIVERIES - 1);
        assertThat(incidentRows("storm")).containsExactly("1 occurrence(s)");
        assertThat(count("SELECT count(*) FROM alarm_transition WHERE alarm_arn = ?", arn("storm"))).isEqualTo(1);
    }

    @Test
    void differentAlarmTransitions_deliveredConcurrently_allLandOnOneIncident() throws Exception {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < DELIVERIES; i++) {
            events.add(eventBridge("burst", "ALARM", T0.plusSeconds(60L * i)));
        }

        List<Outcome> outcomes = deliverAtOnce(events);

        assertThat(outcomes).filteredOn(Outcome.OPENED::equals).hasSize(1);
        assertThat(incidentRows("burst")).containsExactly(DELIVERIES + " occurrence(s)");
    }

    private List<Outcome> deliverAtOnce(List<String> events) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(events.size());
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

    private List<String> incidentRows(String alarm) {
        return sql.query("SELECT occurrences FROM incident WHERE alarm_arn = ?",
                row -> row.getInt(1) + " occurrence(s)", arn(alarm));
    }

    private int count(String query, Object... params) {
        return sql.queryOne(query, row -> row.getInt(1), params).orElseThrow();
    }
}
