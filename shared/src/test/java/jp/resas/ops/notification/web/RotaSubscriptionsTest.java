package jp.resas.ops.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The SNS subscriptions to create for the rota (they stay manual: the rota is data, see RotaSubscriptions):
 * each contact of this week's and later weeks' rota once, with its filter policy and the command; past weeks'
 * contacts are not listed; keyset pages; administrators only.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RotaSubscriptionsTest implements TestPropertyProvider {

    /** Wednesday 2026-12-02 10:00 JST: the current rota week starts on Monday 2026-11-30. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T01:00:00Z"));
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        // No topic configured (one machine): the command names where the topic's ARN goes.
        return new HashMap<>(TestPlatform.properties());
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void rota() {
        sql.update("DELETE FROM oncall_rota");
        put("/oncall/rota/2026-11-23", """
                {"businessHours":[{"name":"過去","email":"past@example.jp"}],"afterHours":[]}""");
        put("/oncall/rota/2026-11-30", """
                {"businessHours":[{"name":"佐藤","email":"sato@example.jp"}],
                 "afterHours":[{"name":"田中","email":"tanaka@example.jp"},{"name":"佐藤","email":"sato@example.jp"}]}""");
        put("/oncall/rota/2026-12-07", """
                {"businessHours":[{"name":"伊藤","email":"ito@example.jp"}],"afterHours":[]}""");
    }

    @Test
    void eachContactFromThisWeekOn_once_withItsFilterPolicyAndCommand() throws Exception {
        JsonNode page = get("/oncall/subscriptions", "admin");

        assertThat(page.get("items")).extracting(item -> item.get("email").asText())
                .containsExactly("ito@example.jp", "sato@example.jp", "tanaka@example.jp");
        JsonNode sato = page.get("items").get(1);
        assertThat(sato.get("name").asText()).isEqualTo("佐藤");
        assertThat(sato.get("protocol").asText()).isEqualTo("email");
        assertThat(json.readTree(sato.get("filterPolicy").asText()))
                .isEqualTo(json.readTree("{\"contact\":[\"sato@example.jp\"]}"));
        assertThat(sato.get("command").asText()).isEqualTo("aws sns subscribe --topic-arn "
                + "<resas-ops-notifications topic ARN> --protocol email "
                + "--notification-endpoint sato@example.jp --attributes "
                + "'{\"FilterPolicy\":\"{\\\"contact\\\":[\\\"sato@example.jp\\\"]}\"}'");
        assertThat(page.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void pages_byKeyset_withoutDuplicatesOrGaps() throws Exception {
        List<String> emails = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get("/oncall/subscriptions?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), "admin");
            page.get("items").forEach(item -> emails.add(item.get("email").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);

        assertThat(emails).containsExactly("ito@example.jp", "sato@example.jp", "tanaka@example.jp");
    }

    @Test
    void onlyAdministrators_mayListThem() {
        for (String role : new String[] {"viewer", "operator", "approver"}) {
            assertThatThrownBy(() -> get("/oncall/subscriptions", role))
                    .isInstanceOfSatisfying(HttpClientResponseException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.FORBIDDEN.getCode()));
        }
    }

    private JsonNode get(String uri, String role) throws Exception {
        return json.readTree(http.toBlocking().retrieve(HttpRequest.GET(uri)
                .bearerAuth(TestPlatform.token("kato", role)), String.class));
    }

    private void put(String uri, String body) {
        http.toBlocking().exchange(HttpRequest.PUT(uri, body).contentType("application/json")
                .bearerAuth(TestPlatform.token("kato", "admin")));
    }
}
