package jp.resas.ops.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.resas.ops.notification.Notification;
import jp.resas.ops.notification.Pager;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * A person's incident is paged like an alarm's: after {@code POST /incidents} (or a change that makes an
 * incident severity 1–2) has committed, the incident API starts the notification sweep with an asynchronous
 * Lambda invoke, through the real SDK client against a local endpoint speaking Invoke's wire format
 * ({@link SweepAwsEndpoint}, as {@code SweepRearmTest}). The trigger reads the database outside the
 * request's transaction, so an invoke at all shows the incident was committed first.
 */
@PlatformTest
class ManualIncidentPagingTest {

    private static final String SWEEP = "resas-ops-incident-notify:live";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final List<Notification> sent = new CopyOnWriteArrayList<>();
    private final SweepAwsEndpoint aws = new SweepAwsEndpoint();

    @Inject
    SweepRelay relay;
    @Inject
    NotificationSweep sweep;
    @Inject
    NotificationService notifications;
    @Inject
    Sql sql;
    @Inject
    @Client("/")
    HttpClient http;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @MockBean(Pager.class)
    Pager pager() {
        return sent::add;
    }

    @BeforeEach
    void nothingWaits() {
        relay.connect(trigger(aws.endpoint()));
        sql.update("UPDATE incident SET status = 'CLOSED', closed_at = now() WHERE status <> 'CLOSED'");
        notifications.sweep();
        sent.clear();
        aws.forget();
    }

    @AfterAll
    void stop() {
        aws.close();
    }

    private static LambdaSweepTrigger trigger(URI endpoint) {
        return new LambdaSweepTrigger(LambdaClient.builder().endpointOverride(endpoint).region(Region.AP_NORTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create()).build(), SWEEP);
    }

    private Api.Answer raise(int severity) {
        return new Api(http).post("/incidents", Map.of("title", "RESAS API が応答しない (電話で連絡あり)",
                "severity", severity), "sato", "operator");
    }

    @Test
    void aSeverityOneRaisedByHand_startsTheSweepByAnAsynchronousInvoke_andTheSweepPagesIt() {
        Api.Answer raised = raise(1);

        assertThat(raised.status()).isEqualTo(201);
        assertThat(aws.invoked()).singleElement().satisfies(invoke -> {
            assertThat(invoke.function()).isEqualTo(SWEEP);
            assertThat(invoke.invocationType()).isEqualTo("Event");
            assertThat(invoke.payload()).isEqualTo("{\"trigger\":\"page-due\"}");
        });

        NotificationSweep.Run run = sweep.run();

        assertThat(run.result().paged()).isEqualTo(1);
        assertThat(sent).anySatisfy(n -> {
            assertThat(n.subject()).isEqualTo("[RESAS Ops] SEV1 incident #" + raised.id());
            assertThat(n.body()).contains("RESAS API が応答しない");
        });
        assertThat(sweep.triggerIfPageDue()).as("paged: nothing more to start").isFalse();
    }

    @Test
    void aSeverityThreeRaisedByHand_waitsForTheDigest_noInvoke() {
        assertThat(raise(3).status()).isEqualTo(201);

        assertThat(aws.invoked()).isEmpty();
    }

    @Test
    void raisingASeverityThreeToTwo_startsTheSweep() {
        Api.Answer raised = raise(3);
        assertThat(aws.invoked()).isEmpty();

        Api.Answer changed = new Api(http).patch("/incidents/" + raised.id(),
                Map.of("severity", 2, "version", raised.version()), "sato", "operator");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(aws.invoked()).extracting(SweepAwsEndpoint.Invoked::function).containsExactly(SWEEP);
    }

    @Test
    void aRefusedInvoke_keepsTheIncident_andTheNextSweepStillPagesIt() {
        SweepAwsEndpoint gone = new SweepAwsEndpoint();
        URI closed = gone.endpoint();
        gone.close();
        relay.connect(trigger(closed));

        Api.Answer raised = raise(2);

        assertThat(raised.status()).as("the incident is stored; the page waits for the next sweep").isEqualTo(201);
        assertThat(sql.queryOne("SELECT count(*) FROM incident WHERE id = ? AND source = 'MANUAL'",
                row -> row.getInt(1), raised.id())).contains(1);
        assertThat(sweep.run().result().paged()).isEqualTo(1);
    }
}
