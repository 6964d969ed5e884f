package jp.resas.ops.functions.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.resas.ops.meeting.infrastructure.MinutesWatchService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.slawatch.infrastructure.SlaWatchService;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The handler against a real database and an HTTP endpoint speaking SNS's Query protocol, reached
 * through the SDK's standard endpoint setting ({@code aws.endpointUrl}, as AWS_ENDPOINT_URL).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketSlaHandlerTest {

    private static final String TOPIC = "arn:aws:sns:ap-northeast-1:123456789012:resas-ops-sla";
    private static final Map<String, String> SDK_SETTINGS = Map.of("aws.endpointUrl", "", "aws.region",
            "ap-northeast-1", "aws.accessKeyId", "test", "aws.secretAccessKey", "test");

    private final List<String> published = new CopyOnWriteArrayList<>();
    private HttpServer sns;
    private ApplicationContext context;

    @BeforeAll
    void start() throws IOException {
        sns = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sns.createContext("/", exchange -> {
            published.add(URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            byte[] body = ("<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>"
                    + "<MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId></PublishResult><ResponseMetadata>"
                    + "<RequestId>f187a3c1-376f-11df-8963-01868b7c937a</RequestId></ResponseMetadata></PublishResponse>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        sns.start();
        SDK_SETTINGS.forEach((key, value) -> System.setProperty(key, value.isEmpty()
                ? "http://127.0.0.1:" + sns.getAddress().getPort() : value));
        Map<String, Object> properties = new java.util.HashMap<>(TestPlatform.properties());
        properties.put(TicketSlaHandler.TOPIC_PROPERTY, TOPIC);
        context = ApplicationContext.run(properties);
    }

    @AfterAll
    void stop() {
        context.close();
        sns.stop(0);
        SDK_SETTINGS.keySet().forEach(System::clearProperty);
    }

    @Test
    void withoutATopic_alertsAreLoggedOnOneMachine_butRefusedInLambda_namingTheVariable() {
        assertThat(TicketSlaHandler.publisher(java.util.Optional.empty(), false, () -> {
            throw new AssertionError("no SNS client without a topic");
        })).isInstanceOf(LoggedAlertPublisher.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TicketSlaHandler.publisher(java.util.Optional.of(" "), true,
                () -> context.getBean(SnsClient.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RESAS_SLA_ALERT_TOPIC_ARN");
    }

    @Test
    void overdueMinutes_arePublishedToTheTopicOnce() {
        // given a meeting held two weeks ago whose minutes were never submitted
        Instant ended = Instant.now().minus(14, ChronoUnit.DAYS);
        context.getBean(Sql.class).update("""
                INSERT INTO meeting (kind, title, starts_at, ends_at, recorded_by, recorded_at, minutes_due_at, reminder_at)
                VALUES ('WEEKLY', '週次定例会 議事録未提出', ?, ?, 'sato', ?, ?, ?)""", ended.minus(1, ChronoUnit.HOURS),
                ended, ended, ended.plus(3, ChronoUnit.DAYS), ended.plus(2, ChronoUnit.DAYS));
        SnsClient client = SnsClient.builder().httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        var handler = new TicketSlaHandler(context.getBean(SlaWatchService.class),
                context.getBean(MinutesWatchService.class), new SnsAlertPublisher(client, TOPIC));
        published.clear();

        Map<String, Object> first = handler.handleRequest(Map.of(), null);
        Map<String, Object> second = handler.handleRequest(Map.of(), null);

        assertThat(first).containsEntry("minutesAlerts", 1);
        assertThat(second).containsEntry("minutesAlerts", 0);
        assertThat(published).filteredOn(p -> p.contains("議事録未提出")).singleElement().satisfies(p ->
                assertThat(p).contains("Action=Publish", "議事録の提出期限", "MEETING_MINUTES", "BREACHED"));
    }

    @Test
    void breachedIncident_isPublishedToTheTopicOnce() {
        // given a severity-1 incident detected three days ago, never answered
        context.getBean(Sql.class).update("INSERT INTO incident (title, severity, status, source, opened_at) "
                + "VALUES ('API 停止', 1, 'DETECTED', 'MANUAL', ?)", Instant.now().minus(3, ChronoUnit.DAYS));
        // the handler as Lambda builds it: the topic from its settings, the platform's SNS client bean (whose
        // default builder reads the endpoint set above, as AWS_ENDPOINT_URL would be)
        var handler = new TicketSlaHandler(context);
        published.clear();

        // when the schedule fires twice
        Map<String, Object> first = handler.handleRequest(Map.of(), null);
        Map<String, Object> second = handler.handleRequest(Map.of(), null);

        // then both clocks' breaches went out once each
        assertThat(first).containsEntry("raised", 2).containsEntry("breaches", 2L).containsEntry("minutesAlerts", 0);
        assertThat(second).containsEntry("raised", 0);
        assertThat(published).hasSize(2);
        assertThat(published.get(0)).contains("Action=Publish", "TopicArn=" + TOPIC, "API 停止", "SLA 違反",
                "BREACHED");
    }
}
