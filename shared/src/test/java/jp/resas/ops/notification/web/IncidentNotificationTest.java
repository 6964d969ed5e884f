package jp.resas.ops.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
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
import jp.resas.ops.notification.Notification;
import jp.resas.ops.notification.Pager;
import jp.resas.ops.notification.infrastructure.NotificationService;
import jp.resas.ops.notification.infrastructure.NotificationService.SweepResult;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Paging, acknowledgement and escalation on a virtual clock, against the real database. The pager is
 * the outbound port (SNS and the webhook are its adapters); here it records what would be sent.
 * Saturday 2026-11-28 21:00 JST is after hours; Monday 2026-11-30 10:00 JST is business hours.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentNotificationTest implements TestPropertyProvider {

    private static final Instant SATURDAY_NIGHT = Instant.parse("2026-11-28T12:00:00Z");
    private static final Instant MONDAY_MORNING = Instant.parse("2026-11-30T01:00:00Z");

    private final MutableClock clock = new MutableClock(SATURDAY_NIGHT);
    private final List<Notification> sent = new CopyOnWriteArrayList<>();

    @Inject
    NotificationService notifications;
    @Inject
    Sql sql;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.notifications.escalate-after.sev1", "PT15M");
        properties.put("resas.notifications.escalate-after.sev2", "PT30M");
        properties.put("resas.portal.base-url", "https://ops.example.jp/");
        return properties;
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @MockBean(Pager.class)
    Pager pager() {
        return sent::add;
    }

    @BeforeEach
    void rotaAndNoOpenIncidents() {
        clock.set(SATURDAY_NIGHT);
        sql.update("UPDATE incident SET status = 'CLOSED', closed_at = now() WHERE status <> 'CLOSED'");
        notifications.sweep();
        sent.clear();
        put("/oncall/rota/2026-11-23", "admin", """
                {"businessHours":[{"name":"佐藤","email":"sato@example.jp"},{"name":"鈴木","email":"suzuki@example.jp"}],
                 "afterHours":[{"name":"田中","email":"tanaka@example.jp"},{"name":"伊藤","email":"ito@example.jp"}]}""");
        put("/oncall/rota/2026-11-30", "admin", """
                {"businessHours":[{"name":"佐藤","email":"sato@example.jp"}],"afterHours":[]}""");
    }

    private long incident(int severity, String alarmName) {
        return sql.queryOne("INSERT INTO incident (title, severity, status, source, alarm_arn, alarm_name, opened_at) "
                + "VALUES (?, ?, 'DETECTED', 'ALARM', ?, ?, ?) RETURNING id", row -> row.getLong(1),
                "CloudWatch アラーム: " + alarmName, severity, "arn:aws:cloudwatch:ap-northeast-1:210987654321:alarm:"
                        + alarmName + System.nanoTime(), alarmName, clock.instant()).orElseThrow();
    }

    private SweepResult sweepAt(Duration after) {
        clock.set(SATURDAY_NIGHT.plus(after));
        return notifications.sweep();
    }

    private List<String> timeline(long id) {
        return sql.query("SELECT kind || ' ' || message FROM incident_timeline WHERE incident_id = ? ORDER BY id",
                row -> row.getString(1), id);
    }

    @Test
    void severityOne_atNight_pagesTheAfterHoursContact_atOnce_withTitleServiceSeverityAndLink() {
        long id = incident(1, "RESAS-Api-5xx");

        SweepResult result = notifications.sweep();

        assertThat(result.paged()).isEqualTo(1);
        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.PAGE);
            assertThat(n.contact().email()).isEqualTo("tanaka@example.jp");
            assertThat(n.subject()).contains("SEV1").contains("#" + id);
            assertThat(n.body()).contains("RESAS-Api-5xx", "サービス: RESAS API", "重大度 1");
            assertThat(n.portalLink()).isEqualTo("https://ops.example.jp/portal/incidents/" + id);
        });
        assertThat(timeline(id)).anySatisfy(e -> assertThat(e).startsWith("PAGED").contains("田中"));
    }

    @Test
    void acknowledgedInTime_isNeverEscalated() {
        long id = incident(1, "RESAS-Web-Down");
        notifications.sweep();
        clock.set(SATURDAY_NIGHT.plus(Duration.ofMinutes(10)));

        post("/incidents/" + id + "/acknowledge", "operator");

        assertThat(sweepAt(Duration.ofMinutes(15)).escalated()).isZero();
        assertThat(sweepAt(Duration.ofHours(3)).escalated()).isZero();
        assertThat(sent).extracting(Notification::kind).containsExactly(Notification.Kind.PAGE);
        assertThat(timeline(id)).anySatisfy(e -> assertThat(e).isEqualTo("ACKNOWLEDGED 承知: kato"))
                .noneSatisfy(e -> assertThat(e).startsWith("ESCALATED"));
    }

    @Test
    void notAcknowledged_escalatesToTheNextContact_once() {
        long id = incident(1, "RESAS-Web-Down");
        notifications.sweep();

        assertThat(sweepAt(Duration.ofMinutes(14)).escalated()).isZero();
        assertThat(sweepAt(Duration.ofMinutes(15)).escalated()).isEqualTo(1);
        assertThat(sweepAt(Duration.ofMinutes(16)).escalated()).isZero();
        assertThat(sweepAt(Duration.ofHours(5)).escalated()).isZero();

        assertThat(sent).extracting(Notification::kind).containsExactly(Notification.Kind.PAGE,
                Notification.Kind.ESCALATION);
        assertThat(sent.get(1).contact().email()).isEqualTo("ito@example.jp");
        assertThat(timeline(id)).filteredOn(e -> e.startsWith("ESCALATED")).singleElement().asString().contains("伊藤");
    }

    @Test
    void severityTwo_waitsItsOwnLimit() {
        incident(2, "RESAS-Aurora-Capacity");
        notifications.sweep();

        assertThat(sweepAt(Duration.ofMinutes(29)).escalated()).isZero();
        assertThat(sweepAt(Duration.ofMinutes(30)).escalated()).isEqualTo(1);
    }

    @Test
    void reopenedAfterRecovery_pagesAgain_butAStillOpenIncidentIsPagedOnce() {
        long id = incident(2, "RESAS-Api-5xx");
        notifications.sweep();
        assertThat(sweepAt(Duration.ofMinutes(1)).paged()).isZero();

        sql.update("UPDATE incident SET recovered_at = ? WHERE id = ?", clock.instant(), id);
        sql.update("INSERT INTO incident_timeline (incident_id, at, kind, actor, message) VALUES (?, ?, 'RECOVERED', "
                + "'alarm-intake', '回復 (OK)')", id, clock.instant());
        assertThat(sweepAt(Duration.ofMinutes(2)).paged()).isZero();
        sql.update("UPDATE incident SET recovered_at = NULL, occurrences = occurrences + 1 WHERE id = ?", id);

        assertThat(sweepAt(Duration.ofMinutes(3)).paged()).isEqualTo(1);
        assertThat(sent).extracting(Notification::kind).containsExactly(Notification.Kind.PAGE, Notification.Kind.PAGE);
    }

    @Test
    void severityThreeAndFour_waitForTheBusinessHoursDigest_once() {
        long id = incident(3, "RESAS-Data-Late");

        assertThat(notifications.sweep().digested()).isZero();
        clock.set(MONDAY_MORNING);
        SweepResult monday = notifications.sweep();
        assertThat(notifications.sweep().digested()).isZero();

        assertThat(monday.digested()).isEqualTo(1);
        assertThat(sent).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.DIGEST);
            assertThat(n.body()).contains("#" + id, "RESAS データ更新処理");
            assertThat(n.contact().email()).isEqualTo("sato@example.jp");
        });
    }

    @Test
    void acknowledging_needsAPendingPage_andTheOperatorRole() {
        long quiet = incident(3, "RESAS-Data-Late");
        long paged = incident(1, "RESAS-Api-5xx");
        notifications.sweep();

        assertThatThrownBy(() -> post("/incidents/" + quiet + "/acknowledge", "operator"))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode());
                    assertThat(e.getResponse().getBody(JsonNode.class).orElseThrow().get("error").asText())
                            .isEqualTo("NOTHING_TO_ACKNOWLEDGE");
                });
        assertThatThrownBy(() -> post("/incidents/" + paged + "/acknowledge", "viewer"))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode()));
        assertThatThrownBy(() -> post("/incidents/99999999/acknowledge", "operator"))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
        post("/incidents/" + paged + "/acknowledge", "operator");
        assertThatThrownBy(() -> post("/incidents/" + paged + "/acknowledge", "operator"))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.CONFLICT.getCode()));
    }

    @Test
    void rota_isReplacedByAnAdminOnly_andABadContactIsRefusedWhole() {
        assertThatThrownBy(() -> put("/oncall/rota/2026-11-23", "admin",
                "{\"businessHours\":[{\"name\":\"x\",\"email\":\"x@example.jp\"}],\"afterHours\":[{\"name\":\"y\",\"email\":\"nope\"}]}"))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
                    assertThat(e.getResponse().getBody(JsonNode.class).orElseThrow().get("field").asText())
                            .isEqualTo("afterHours[0].email");
                });
        assertThatThrownBy(() -> put("/oncall/rota/2026-11-24", "admin", "{\"businessHours\":[],\"afterHours\":[]}"))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> assertThat(e.getResponse()
                        .getBody(JsonNode.class).orElseThrow().get("field").asText()).isEqualTo("week"));
        assertThatThrownBy(() -> put("/oncall/rota/2026-11-23", "operator", "{\"businessHours\":[],\"afterHours\":[]}"))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode()));

        JsonNode week = http.toBlocking().retrieve(HttpRequest.GET("/oncall/rota/2026-11-23")
                .bearerAuth(TestPlatform.token("kato", "viewer")), JsonNode.class);
        assertThat(week.get("afterHours").get(0).get("email").asText()).isEqualTo("tanaka@example.jp");
    }

    private void post(String uri, String role) {
        http.toBlocking().exchange(HttpRequest.POST(uri, "{}").bearerAuth(TestPlatform.token("kato", role)));
    }

    private void put(String uri, String role, String json) {
        http.toBlocking().exchange(HttpRequest.PUT(uri, json).contentType("application/json")
                .bearerAuth(TestPlatform.token("kato", role)));
    }
}
