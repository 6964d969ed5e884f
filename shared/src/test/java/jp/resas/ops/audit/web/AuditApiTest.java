package jp.resas.ops.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Administrators read the audit log: filters, keyset pages without gaps or repeats, CSV; nobody else. */
@PlatformTest
class AuditApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private long firstTicket;

    private Api api() {
        return new Api(http);
    }

    @BeforeAll
    void fiveInquiriesByTwoPeople() {
        for (int i = 0; i < 5; i++) {
            Answer opened = api().post("/inquiries", Map.of("title", "監査 " + i, "priority", "LOW", "fields", Map.of(
                    "requesterKind", "OWNER", "channel", "EMAIL", "body", "本文 " + i)), i % 2 == 0 ? "audit-a" : "audit-b",
                    "viewer");
            if (i == 0) {
                firstTicket = opened.id();
            }
        }
        Answer first = api().get("/inquiries/" + firstTicket, "x", "viewer");
        api().post("/inquiries/" + firstTicket + "/transitions", Map.of("to", "INVESTIGATING", "version", first.version(),
                "fields", Map.of("investigationReport", "調査開始")), "audit-op", "operator");
    }

    @Test
    void filtersByWhoWhatAndEntity_newestFirst() {
        Answer byA = api().get("/audit?actor=audit-a&action=inquiry.open", "root", "admin");
        Answer transitions = api().get("/audit?action=inquiry.*&targetType=ticket&targetId=" + firstTicket, "root", "admin");

        assertThat(byA.get("items")).hasSize(3);
        byA.get("items").forEach(item -> assertThat(item.get("actor").asText()).isEqualTo("audit-a"));
        assertThat(byA.get("items").get(0).get("id").asLong()).isGreaterThan(byA.get("items").get(1).get("id").asLong());
        JsonNode transition = transitions.get("items").get(0);
        assertThat(transition.get("action").asText()).isEqualTo("inquiry.transition");
        assertThat(transition.get("details").get("changes").get("investigationReport").get("now").asText())
                .isEqualTo("調査開始");
    }

    @Test
    void keysetPages_coverEverythingOnce() {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            Answer page = api().get("/audit?action=inquiry.open&limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    "root", "admin");
            page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);

        assertThat(ids).hasSize(5).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void periodFilter_andCsv() {
        Answer future = api().get("/audit?from=2099-01-01", "root", "admin");
        HttpResponse<String> csv = http.toBlocking().exchange(HttpRequest.GET("/audit?actor=audit-b")
                .accept("text/csv").bearerAuth(TestPlatform.token("root", "admin")), String.class);

        assertThat(future.get("items")).isEmpty();
        assertThat(csv.body()).startsWith("\uFEFFid,at,actor,action,targetType,targetId,details,source");
        assertThat(csv.body().lines().count()).isEqualTo(3);
    }

    @Test
    void onlyAdministrators_andBadParameters_areRefusedByName() {
        assertThat(api().get("/audit", "op", "operator", "approver").status()).isEqualTo(403);
        assertThat(api().get("/audit?limit=5000", "root", "admin").get("field").asText()).isEqualTo("limit");
        assertThat(api().get("/audit?from=yesterday", "root", "admin").get("field").asText()).isEqualTo("from");
        assertThat(api().get("/audit?cursor=-1", "root", "admin").get("field").asText()).isEqualTo("cursor");
    }
}
