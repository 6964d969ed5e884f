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
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Cookie", "resas_session=" + TestPlatform.token("suzuki", "approver")).GET().build(),
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
}
