package jp.resas.ops.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

/** The ticket list API's period ({@code from}/{@code to}, JST days) and text ({@code q}) filters, as the pages have. */
@PlatformTest
class TicketListFilterApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    private Api api() {
        return new Api(http);
    }

    private long issue(String title, String createdAt) {
        Answer opened = api().post("/issues", Map.of("title", title, "priority", "LOW", "fields", Map.of("description", "絞り込みの確認")),
                "sato", "operator");
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        sql.update("UPDATE ticket SET created_at = ? WHERE id = ?", Instant.parse(createdAt), opened.id());
        return opened.id();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> titles(Answer answer) {
        List<String> titles = new ArrayList<>();
        answer.get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    @Test
    void period_isJstDaysBothIncluded_andTextIsInTheTitle_literally() {
        // 2031-03-01 00:30 JST is 2031-02-28 15:30 UTC: a UTC reading of the day would leave it out.
        issue("フィルタA 期間の初日", "2031-02-28T15:30:00Z");
        issue("フィルタA 前日", "2031-02-28T14:59:00Z");
        issue("フィルタA 最終日の夜", "2031-03-02T14:59:00Z");
        issue("フィルタA 翌日", "2031-03-02T15:00:00Z");
        issue("フィルタA 100%達成", "2031-03-01T03:00:00Z");

        Answer period = api().get("/issues?from=2031-03-01&to=2031-03-02&q=" + q("フィルタA"), "kato", "viewer");
        assertThat(period.status()).as(period.body().toString()).isEqualTo(200);
        assertThat(titles(period)).containsExactly("フィルタA 最終日の夜", "フィルタA 100%達成", "フィルタA 期間の初日");

        assertThat(titles(api().get("/issues?q=" + q("A 100%"), "kato", "viewer"))).containsExactly("フィルタA 100%達成");
        assertThat(titles(api().get("/issues?q=" + q("A 1_0"), "kato", "viewer"))).isEmpty();
        assertThat(titles(api().get("/issues?from=2031-03-02&q=" + q("フィルタA"), "kato", "viewer")))
                .containsExactly("フィルタA 翌日", "フィルタA 最終日の夜");
        assertThat(titles(api().get("/issues?to=2031-02-28&q=" + q("フィルタA"), "kato", "viewer")))
                .containsExactly("フィルタA 前日");
    }

    @Test
    void keysetPages_keepTheFilters_andNeverRepeatOrSkip() {
        List<String> expected = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            issue("ページB " + day + "日", "2032-05-0" + day + "T01:00:00Z");
            issue("ページB 対象外 " + day + "日", "2032-05-0" + day + "T02:00:00Z");
            if (day >= 2 && day <= 6) {
                expected.add(0, "ページB " + day + "日");
            }
        }
        // Outside the text filter but inside the period: must never appear on any page.
        issue("別件", "2032-05-04T01:30:00Z");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Answer page = api().get("/issues?from=2032-05-02&to=2032-05-06&q=" + q("ページB") + "&limit=2"
                    + (cursor == null ? "" : "&cursor=" + q(cursor)), "kato", "viewer");
            assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
            page.get("items").forEach(item -> {
                if (!item.get("title").asText().contains("対象外")) {
                    seen.add(item.get("title").asText());
                }
            });
            JsonNode next = page.get("nextCursor");
            cursor = next.isNull() || next.isMissingNode() ? null : next.asText();
            pages++;
        } while (cursor != null && pages < 20);

        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(5);
    }

    @Test
    void badValues_areRefused400_namingTheField() {
        Map<String, String> refused = Map.of(
                "/issues?from=2031-13-01", "from",
                "/issues?to=yesterday", "to",
                "/issues?from=2031-03-05&to=2031-03-04", "to",
                "/issues?from=0001-01-01", "from",
                "/issues?q=" + q("あ".repeat(101)), "q");
        refused.forEach((uri, field) -> {
            Answer answer = api().get(uri, "kato", "viewer");
            assertThat(answer.status()).as(uri).isEqualTo(400);
            assertThat(answer.get("field").asText()).as(uri).isEqualTo(field);
            assertThat(answer.get("message").asText()).as(uri).isNotBlank();
        });
        assertThat(api().get("/inquiries?from=2031-03-01&to=2031-03-01&mine=true", "kato", "viewer").status())
                .isEqualTo(200);
    }
}
