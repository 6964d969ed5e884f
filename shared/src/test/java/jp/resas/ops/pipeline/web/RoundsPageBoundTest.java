package jp.resas.ops.pipeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The update rounds page shows one keyset page of rounds (newest first) with their datasets, so years of monthly
 * rounds stay a small page; following 次のページ reaches every round once, the status filter in the URL kept.
 */
@PlatformTest
class RoundsPageBoundTest {

    private static final int ROUNDS = 130;
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]*)\" class=\"button secondary\" id=\"next-page\"");

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    private final HttpClient client = HttpClient.newHttpClient();
    private String prefix;

    /** {@value #ROUNDS} rounds of three datasets each; every third one still a draft. */
    @BeforeEach
    void manyRounds() {
        prefix = "bound-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        for (String id : List.of("rounds-bound-a", "rounds-bound-b", "rounds-bound-c")) {
            sql.update("INSERT INTO dataset (id, name, publisher, source_kind, source_ref) VALUES (?, '更新回のページ', "
                    + "'総務省統計局', 'S3_INBOX', 'inbox/rounds-bound/') ON CONFLICT (id) DO NOTHING", id);
        }
        sql.update("""
                INSERT INTO update_round (name, status, planned_by, approved_by, approved_at)
                SELECT ? || lpad(n::text, 4, '0'), CASE WHEN n % 3 = 0 THEN 'DRAFT' ELSE 'APPROVED' END, 'kato',
                       CASE WHEN n % 3 = 0 THEN NULL ELSE 'suzuki' END, CASE WHEN n % 3 = 0 THEN NULL ELSE now() END
                FROM generate_series(1, ?) n ORDER BY n""", prefix, ROUNDS);
        sql.update("""
                INSERT INTO update_round_item (round_id, dataset_id, collect_on, publish_by)
                SELECT r.id, d.id, current_date, current_date + 30 FROM update_round r
                CROSS JOIN (VALUES ('rounds-bound-a'), ('rounds-bound-b'), ('rounds-bound-c')) d(id)
                WHERE r.name LIKE ? || '%'""", prefix);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, "suzuki", "approver");
    }

    private HttpResponse<String> get(String path, String user, String group) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Cookie", "resas_session=" + TestPlatform.token(user, group)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The numbers of this test's rounds on a page, in page order. */
    private List<Integer> rounds(String page) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = Pattern.compile("#\\d+ " + Pattern.quote(prefix) + "(\\d{4})<").matcher(page);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    private HttpResponse<String> approve(long round, String status, String cursor) throws Exception {
        String origin = "http://localhost:" + server.getPort();
        String body = "round=" + round + "&status=" + enc(status) + "&cursor=" + enc(cursor);
        return client.send(HttpRequest.newBuilder(URI.create(origin + "/portal/data/rounds/" + round + "/approve"))
                .header("Cookie", "resas_session=" + TestPlatform.token("suzuki", "approver"))
                .header("Origin", origin).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The value of the page's first approval form's hidden field {@code name}. */
    private static String hidden(String page, String name) {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    private long roundId(int number) {
        return sql.queryOne("SELECT id FROM update_round WHERE name = ?", row -> row.getLong(1),
                prefix + String.format("%04d", number)).orElseThrow();
    }

    private String roundStatus(int number) {
        return sql.queryOne("SELECT status FROM update_round WHERE name = ?", row -> row.getString(1),
                prefix + String.format("%04d", number)).orElseThrow();
    }

    private static String next(String page) {
        Matcher m = NEXT.matcher(page);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    @Test
    void pagesWalkEveryRoundOnce_newestFirst_eachPageBounded() throws Exception {
        String path = "/portal/data/rounds";
        List<Integer> seen = new ArrayList<>();
        int pages = 0;
        while (path != null) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).as(path).isLessThan(200 * 1024);
            assertThat(page.body().split("<section ", -1).length - 1).as(path)
                    .isLessThanOrEqualTo(DataPages.ROUNDS_SHOWN);
            seen.addAll(rounds(page.body()));
            path = next(page.body());
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(ROUNDS / DataPages.ROUNDS_SHOWN + 1);
        assertThat(seen).hasSize(ROUNDS).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> b - a);
        assertThat(seen.get(0)).isEqualTo(ROUNDS);
    }

    @Test
    void theStatusFilter_narrowsEveryPage_andTheNextLinkKeepsIt() throws Exception {
        String path = "/portal/data/rounds?status=DRAFT";
        List<Integer> seen = new ArrayList<>();
        while (path != null) {
            String body = get(path).body();
            assertThat(body).doesNotContain("承認済み</span>");
            seen.addAll(rounds(body));
            path = next(body);
            if (path != null) {
                assertThat(path).contains("status=DRAFT");
            }
        }
        assertThat(seen).hasSize(ROUNDS / 3).allSatisfy(n -> assertThat(n % 3).isZero()).doesNotHaveDuplicates();
    }

    @Test
    void aBadStatusOrAForgedCursor_isRefused_showingNoRound() throws Exception {
        HttpResponse<String> status = get("/portal/data/rounds?status=PUBLISHED");
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("状態は「計画中（承認待ち）」か「承認済み」から選んでください。");
        assertThat(rounds(status.body())).isEmpty();

        HttpResponse<String> cursor = get("/portal/data/rounds?cursor=bm90LWEtY3Vyc29y");
        assertThat(cursor.statusCode()).isEqualTo(400);
        assertThat(rounds(cursor.body())).isEmpty();
    }

    @Test
    void approvingARoundOnTheSecondFilteredPage_returnsToThatPage_notTheFirst() throws Exception {
        String first = get("/portal/data/rounds?status=DRAFT").body();
        assertThat(hidden(first, "cursor")).isEmpty();
        String secondPath = next(first);
        String second = get(secondPath).body();
        String cursor = hidden(second, "cursor");
        assertThat(cursor).isNotEmpty();
        assertThat(hidden(second, "status")).isEqualTo("DRAFT");
        int number = rounds(second).get(0);

        HttpResponse<String> approved = approve(roundId(number), "DRAFT", cursor);

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(303);
        String location = approved.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/portal/data/rounds?status=DRAFT&cursor=" + enc(cursor) + "#round-"
                + roundId(number));
        assertThat(roundStatus(number)).isEqualTo("APPROVED");
        List<Integer> back = rounds(get(location.substring(0, location.indexOf('#'))).body());
        assertThat(back).doesNotContain(number).isNotEmpty()
                .allSatisfy(n -> assertThat(n).isLessThan(rounds(first).get(rounds(first).size() - 1)));
    }

    @Test
    void anApprovalFormWithAForgedCursorOrStatus_isRefused_andApprovesNothing() throws Exception {
        int number = 3;
        HttpResponse<String> forged = approve(roundId(number), "DRAFT", "bm90LWEtY3Vyc29y");
        assertThat(forged.statusCode()).isEqualTo(400);
        HttpResponse<String> status = approve(roundId(number), "PUBLISHED", "");
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(status.body()).contains("状態は「計画中（承認待ち）」か「承認済み」から選んでください。");
        assertThat(roundStatus(number)).isEqualTo("DRAFT");
    }

    @Test
    void aDatasetPage_offersOnlyTheApprovedRoundsPlanningIt_theNewestFifty() throws Exception {
        String page = get("/portal/data/datasets/rounds-bound-a", "kato", "operator").body();
        Matcher m = Pattern.compile("<option value=\"(\\d+)\"[^>]*>#\\d+ " + Pattern.quote(prefix) + "(\\d{4})</option>")
                .matcher(page);
        List<Integer> offered = new ArrayList<>();
        while (m.find()) {
            offered.add(Integer.parseInt(m.group(2)));
        }
        assertThat(offered).hasSize(DataPages.RUNNABLE_ROUNDS_SHOWN).allSatisfy(n -> assertThat(n % 3).isNotZero())
                .isSortedAccordingTo((a, b) -> b - a);
        assertThat(offered.get(0)).isEqualTo(ROUNDS % 3 == 0 ? ROUNDS - 1 : ROUNDS);
    }
}
