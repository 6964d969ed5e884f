package jp.resas.ops.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.resas.ops.notification.Notification;
import jp.resas.ops.notification.Pager;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sweep re-arms itself only while something waits, through the real SDK's Scheduler client against a
 * local endpoint speaking CreateSchedule's wire format ({@link SweepAwsEndpoint}), on a virtual clock and
 * the real database: an unacknowledged page → one one-time schedule at its escalation time; acknowledged →
 * none; a delivery waiting for its retry → one at the retry time; nothing waiting → none; the same time
 * armed twice → the scheduler's ConflictException, taken as "already armed". The alarm intake's trigger is
 * an asynchronous Lambda invoke, sent only while a severity 1–2 page is due.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SweepRearmTest implements TestPropertyProvider {

    private static final Instant SATURDAY_NIGHT = Instant.parse("2026-11-28T12:00:00Z");
    private static final String TARGET = "arn:aws:lambda:ap-northeast-1:123456789012:function:resas-ops-incident-notify:live";
    private static final String ROLE = "arn:aws:iam::123456789012:role/ResasOps-Notifications-SweepSchedulerRole";

    private final MutableClock clock = new MutableClock(SATURDAY_NIGHT);
    private final List<Notification> sent = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pagerDown = new AtomicBoolean();
    private final SweepAwsEndpoint aws = new SweepAwsEndpoint();
    private final ObjectMapper json = new ObjectMapper();
    /** The SDK's default credential chain reads these system properties (the endpoint checks none). */
    private static final Map<String, String> CREDENTIALS = Map.of("aws.accessKeyId", "test",
            "aws.secretAccessKey", "test");

    @Inject
    NotificationSweep sweep;
    @Inject
    NotificationService notifications;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.notifications.escalate-after.sev1", "PT15M");
        properties.put("resas.notifications.escalate-after.sev2", "PT30M");
        properties.put("resas.notifications.retry.first", "PT5M");
        // the relay connects itself from its settings, through the platform's Lambda and Scheduler client beans,
        // pointed at the local endpoint as AWS_ENDPOINT_URL would (RESAS_AWS_ENDPOINT_URL overrides it)
        properties.put("resas.notifications.sweep.function", "resas-ops-incident-notify:live");
        properties.put("resas.notifications.sweep.schedule-group", "resas-ops-sweep");
        properties.put("resas.notifications.sweep.target-arn", TARGET);
        properties.put("resas.notifications.sweep.role-arn", ROLE);
        properties.put("resas.aws.endpoint-url", aws.endpoint().toString());
        properties.put("resas.aws.region", "ap-northeast-1");
        CREDENTIALS.forEach(System::setProperty);
        return properties;
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @MockBean(Pager.class)
    Pager pager() {
        return notification -> {
            if (pagerDown.get()) {
                throw new IllegalStateException("SNS is unavailable");
            }
            sent.add(notification);
        };
    }

    @AfterAll
    void stop() {
        CREDENTIALS.keySet().forEach(System::clearProperty);
        aws.close();
    }

    @BeforeEach
    void nothingWaits() {
        clock.set(SATURDAY_NIGHT);
        pagerDown.set(false);
        sql.update("UPDATE incident SET status = 'CLOSED', closed_at = now() WHERE status <> 'CLOSED'");
        sql.update("UPDATE notification_outbox SET delivered_at = now() WHERE delivered_at IS NULL");
        notifications.sweep();
        sent.clear();
        aws.forget();
    }

    private long incident(int severity) {
        return sql.queryOne("INSERT INTO incident (title, severity, status, source, alarm_arn, alarm_name, opened_at) "
                + "VALUES (?, ?, 'DETECTED', 'ALARM', ?, ?, ?) RETURNING id", row -> row.getLong(1),
                "CloudWatch アラーム: RESAS-Api-5xx", severity, "arn:aws:cloudwatch:ap-northeast-1:210987654321:alarm:"
                        + "RESAS-Api-5xx-" + System.nanoTime(), "RESAS-Api-5xx", clock.instant()).orElseThrow();
    }

    private JsonNode body(SweepAwsEndpoint.Created created) {
        try {
            return json.readTree(created.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anUnacknowledgedPage_armsOneOneTimeSchedule_atItsEscalationTime() {
        incident(1);

        NotificationSweep.Run run = sweep.run();

        assertThat(run.result().paged()).isEqualTo(1);
        assertThat(run.next()).contains(SATURDAY_NIGHT.plus(Duration.ofMinutes(15)));
        assertThat(aws.created()).singleElement().satisfies(created -> {
            assertThat(created.name()).isEqualTo("sweep-20261128T121500Z");
            JsonNode request = body(created);
            assertThat(request.path("GroupName").asText()).isEqualTo("resas-ops-sweep");
            assertThat(request.path("ScheduleExpression").asText()).isEqualTo("at(2026-11-28T12:15:00)");
            assertThat(request.path("ScheduleExpressionTimezone").asText()).isEqualTo("UTC");
            assertThat(request.path("ActionAfterCompletion").asText()).isEqualTo("DELETE");
            assertThat(request.at("/FlexibleTimeWindow/Mode").asText()).isEqualTo("OFF");
            assertThat(request.at("/Target/Arn").asText()).isEqualTo(TARGET);
            assertThat(request.at("/Target/RoleArn").asText()).isEqualTo(ROLE);
        });

        clock.set(SATURDAY_NIGHT.plus(Duration.ofMinutes(15)));
        aws.forget();
        NotificationSweep.Run woken = sweep.run();

        assertThat(woken.result().escalated()).as("the wake-up escalates").isEqualTo(1);
        assertThat(woken.next()).as("escalated once: nothing more waits").isEmpty();
        assertThat(aws.created()).isEmpty();
    }

    @Test
    void anAcknowledgedPage_armsNothing() {
        long id = incident(2);
        sweep.run();
        aws.forget();
        clock.set(SATURDAY_NIGHT.plus(Duration.ofMinutes(4)));
        notifications.acknowledge(id, "tanaka");

        NotificationSweep.Run run = sweep.run();

        assertThat(run.next()).isEmpty();
        assertThat(aws.created()).isEmpty();
    }

    @Test
    void aDeliveryWaitingForItsRetry_armsOneScheduleAtTheRetryTime_beforeTheEscalation() {
        long id = incident(1);
        pagerDown.set(true);

        NotificationSweep.Run run = sweep.run();

        assertThat(run.result().failed()).isEqualTo(1);
        assertThat(run.next()).as("retry after 5 minutes, escalation after 15")
                .contains(SATURDAY_NIGHT.plus(Duration.ofMinutes(5)));
        assertThat(aws.created()).singleElement().satisfies(created -> {
            assertThat(created.name()).isEqualTo("sweep-20261128T120500Z");
            assertThat(body(created).path("ScheduleExpression").asText()).isEqualTo("at(2026-11-28T12:05:00)");
        });

        pagerDown.set(false);
        clock.set(SATURDAY_NIGHT.plus(Duration.ofMinutes(5)));
        notifications.acknowledge(id, "tanaka");
        aws.forget();
        NotificationSweep.Run woken = sweep.run();

        assertThat(woken.result().delivered()).isEqualTo(1);
        assertThat(woken.next()).as("delivered and acknowledged: nothing waits").isEmpty();
        assertThat(aws.created()).isEmpty();
    }

    @Test
    void nothingWaiting_armsNothing() {
        NotificationSweep.Run run = sweep.run();

        assertThat(run.next()).isEmpty();
        assertThat(aws.created()).isEmpty();
        assertThat(aws.refused()).isEmpty();
    }

    @Test
    void theSameTimeArmedTwice_isTheSchedulersConflict_takenAsArmed() {
        incident(1);
        sweep.run();
        NotificationSweep.Run again = sweep.run();

        assertThat(again.next()).contains(SATURDAY_NIGHT.plus(Duration.ofMinutes(15)));
        assertThat(aws.created()).extracting(SweepAwsEndpoint.Created::name).containsExactly("sweep-20261128T121500Z");
        assertThat(aws.refused()).extracting(SweepAwsEndpoint.Created::name).containsExactly("sweep-20261128T121500Z");
    }

    @Test
    void aSeverityOneWaitingForItsPage_triggersTheSweepByAnAsynchronousInvoke_onlyThen() {
        assertThat(sweep.triggerIfPageDue()).isFalse();
        incident(3);
        assertThat(sweep.triggerIfPageDue()).as("severity 3 waits for the digest").isFalse();
        assertThat(aws.invoked()).isEmpty();

        incident(1);
        assertThat(sweep.triggerIfPageDue()).isTrue();

        assertThat(aws.invoked()).singleElement().satisfies(invoke -> {
            assertThat(invoke.function()).isEqualTo("resas-ops-incident-notify:live");
            assertThat(invoke.invocationType()).isEqualTo("Event");
        });
        sweep.run();
        assertThat(sweep.triggerIfPageDue()).as("paged").isFalse();
        assertThat(aws.invoked()).hasSize(1);
    }

    @Test
    void aScheduleGroupWithoutTargetOrRole_isRefusedAtStart_namingWhatIsMissing() {
        assertThatThrownBy(() -> new NotificationSettings.Sweep(null, "resas-ops-sweep", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resas.notifications.sweep.target-arn");
    }
}
