package jp.resas.ops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

/**
 * The lists inside one record that grow without bound have their own keyset pages in the API
 * ({@code {"items","nextCursor"}}, the items shaped as in the record's detail): a ticket's and a meeting's
 * timeline, newest first, and an account review round's items, flagged first. Walking {@code nextCursor}
 * returns every entry once and none of another record's; a forged cursor is a 400 naming {@code cursor}.
 */
@PlatformTest
class DetailListsApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    private List<JsonNode> walk(String path, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Answer page = new Api(http).get(path + "?limit=" + limit + (cursor == null ? ""
                    : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), "kimura", "viewer");
            assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            page.get("items").forEach(items::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 100);
        return items;
    }

    private static <T> List<T> each(List<JsonNode> items, Function<JsonNode, T> field) {
        return items.stream().map(field).toList();
    }

    private void refusesForgedCursor(String path) {
        for (String cursor : List.of("bm90LWEtY3Vyc29y", "aWQ.MTIz", "%25%25")) {
            Api.Answer answer = new Api(http).get(path + "?cursor=" + cursor, "kimura", "viewer");
            assertThat(answer.status()).as(cursor).isEqualTo(400);
            assertThat(answer.get("field").asText()).isEqualTo("cursor");
        }
    }

    @Test
    void aTicketsTimeline_pagesNewestFirst_everyEntryOnce() {
        long ticket = sql.queryOne("INSERT INTO ticket (kind, title, priority, status, requester, created_at) VALUES "
                + "('INQUIRY', '長い問合せ', 'LOW', 'NEW', 'kato', now()) RETURNING id", r -> r.getLong(1)).orElseThrow();
        sql.update("""
                INSERT INTO ticket_timeline (ticket_id, at, kind, actor, message)
                SELECT ?, now() - (n / 2) * interval '1 minute', 'COMMENT', 'sato', 'API の経緯 ' || n FROM generate_series(1, 45) n""",
                ticket);

        List<JsonNode> items = walk("/inquiries/" + ticket + "/timeline", 20);

        assertThat(each(items, i -> i.get("message").asText())).hasSize(45).doesNotHaveDuplicates();
        assertThat(each(items, i -> i.get("at").asText()).stream().map(java.time.Instant::parse).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(items.get(0).fieldNames()).toIterable().containsExactlyInAnyOrder("at", "kind", "actor", "message");
        refusesForgedCursor("/inquiries/" + ticket + "/timeline");
        assertThat(new Api(http).get("/work-requests/" + ticket + "/timeline", "kimura", "viewer").status()).isEqualTo(404);
    }

    @Test
    void aMeetingsTimeline_pagesNewestFirst_everyEntryOnce() {
        long meeting = new Api(http).post("/meetings", Map.of("kind", "MONTHLY", "title", "月次定例会", "startsAt",
                "2026-11-20T14:00", "endsAt", "2026-11-20T15:30", "ownerAttendees", List.of("主管課 木村"),
                "operatorAttendees", List.of("佐藤"), "agenda", "1. 稼働状況", "decisions", "なし", "actionItems",
                List.of()), "sato", "operator").id();
        sql.update("""
                INSERT INTO meeting_timeline (meeting_id, at, kind, actor, message)
                SELECT ?, now() + (n / 2) * interval '1 minute', 'EDITED', 'sato', 'API の会議経緯 ' || n FROM generate_series(1, 44) n""",
                meeting);

        List<JsonNode> items = walk("/meetings/" + meeting + "/timeline", 20);

        assertThat(each(items, i -> i.get("message").asText())).hasSize(45).doesNotHaveDuplicates();
        assertThat(each(items, i -> i.get("at").asText()).stream().map(java.time.Instant::parse).toList())
                .isSortedAccordingTo(Comparator.reverseOrder());
        refusesForgedCursor("/meetings/" + meeting + "/timeline");
    }

    @Test
    void aReviewRoundsItems_pageInTheDetailsOrder_everyItemOnce() {
        sql.update("""
                INSERT INTO review_account (source, system, account_key, status, seen_at)
                SELECT 'CSV', 'sys-api-paging', 'api-' || lpad(n::text, 3, '0'), 'ACTIVE', now() FROM generate_series(1, 45) n""");
        long round = sql.queryOne("""
                INSERT INTO account_review_round (title, started_by, started_at, sla_business_hours, due_at, status)
                VALUES ('API の棚卸し', 'kato', now(), 40, now() + interval '14 days', 'OPEN') RETURNING id""",
                r -> r.getLong(1)).orElseThrow();
        sql.update("""
                INSERT INTO account_review_item (round_id, account_id, flags, due_at)
                SELECT ?, id, CASE WHEN id % 4 = 0 THEN ARRAY['NO_MFA'] ELSE ARRAY[]::text[] END, now() + (id % 3) * interval '1 day'
                FROM review_account WHERE system = 'sys-api-paging'""", round);

        List<JsonNode> paged = walk("/ledgers/account-reviews/" + round + "/items", 20);
        JsonNode whole = new Api(http).get("/ledgers/account-reviews/" + round, "kimura", "viewer").get("items");

        List<JsonNode> expected = new ArrayList<>();
        whole.forEach(expected::add);
        assertThat(paged).hasSize(45);
        assertThat(each(paged, i -> i.get("item").get("id").asLong()))
                .containsExactlyElementsOf(each(expected, i -> i.get("item").get("id").asLong()));
        assertThat(paged.get(0).fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(() -> expected.get(0).fieldNames());
        refusesForgedCursor("/ledgers/account-reviews/" + round + "/items");
    }
}
