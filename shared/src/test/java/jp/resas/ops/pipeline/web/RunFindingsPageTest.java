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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A run's findings page lists one keyset page of findings at a time under the counts by rule, so a run with
 * thousands of findings stays a small page; following "次のページ" reaches every finding once, filters kept.
 */
@PlatformTest
class RunFindingsPageTest {

    private static final int FINDINGS = 2_500;
    private static final Pattern LINE = Pattern.compile("値が範囲外です \\((\\d+)\\)");
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]*)\" class=\"button secondary\" id=\"next-page\"");

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    private final HttpClient client = HttpClient.newHttpClient();
    private long run;

    /** A run awaiting approval whose report holds {@value #FINDINGS} findings, four rules in turn, one in ten an error. */
    @BeforeEach
    void aRunWithManyFindings() {
        sql.update("INSERT INTO dataset (id, name, publisher, source_kind, source_ref) VALUES ('findings-page', "
                + "'検証結果のページ', '総務省統計局', 'S3_INBOX', 'inbox/findings-page/') ON CONFLICT (id) DO NOTHING");
        run = sql.queryOne("""
                INSERT INTO pipeline_run (dataset_id, execution_name, status, reference_date, started_by, started_at, report)
                SELECT 'findings-page', 'findings-' || gen_random_uuid(), 'AWAITING_APPROVAL', current_date, 'kato', now(),
                       jsonb_build_object('rows', 30000, 'observations', 30000, 'errors', ? / 10, 'warnings', ? - ? / 10,
                       'byRule', jsonb_build_object('RANGE', 9000, 'CODE_LIST', ? / 4, 'REQUIRED', ? / 4, 'DUPLICATE', ? / 4),
                       'findings', jsonb_agg(jsonb_build_object(
                           'severity', CASE WHEN n % 10 = 0 THEN 'ERROR' ELSE 'WARNING' END,
                           'rule', (ARRAY['RANGE', 'CODE_LIST', 'REQUIRED', 'DUPLICATE'])[1 + n % 4],
                           'file', 'population.csv', 'line', n + 1, 'column', '人口', 'value', (n * 7)::text,
                           'message', '値が範囲外です (' || n || ')') ORDER BY n))
                FROM generate_series(1, ?) n
                RETURNING id""", row -> row.getLong(1), FINDINGS, FINDINGS, FINDINGS, FINDINGS, FINDINGS, FINDINGS,
                FINDINGS).orElseThrow();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Cookie", "resas_session=" + TestPlatform.token("suzuki", "approver")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Every finding number on the page, in order. */
    private static List<Integer> numbers(String page) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = LINE.matcher(page);
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
    void pagesWalkEveryFindingOnce_inReportOrder_eachPageSmall() throws Exception {
        String path = "/portal/approvals/runs/" + run;
        List<Integer> seen = new ArrayList<>();
        int pages = 0;
        while (path != null) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).as(path).isLessThan(200 * 1024);
            List<Integer> numbers = numbers(page.body());
            assertThat(numbers).hasSizeLessThanOrEqualTo(RunPages.FINDINGS_PER_PAGE).isNotEmpty();
            seen.addAll(numbers);
            path = next(page.body());
            pages++;
        }
        assertThat(pages).isEqualTo(FINDINGS / RunPages.FINDINGS_PER_PAGE);
        assertThat(seen).hasSize(FINDINGS).isSorted().doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo(1);
        assertThat(seen.get(FINDINGS - 1)).isEqualTo(FINDINGS);
    }

    @Test
    void countsByRule_standOnTop_withTheCountedTotals_andLinkToTheRule() throws Exception {
        String body = get("/portal/approvals/runs/" + run).body();

        String counts = body.substring(body.indexOf("id=\"rule-counts\""), body.indexOf("</table>", body.indexOf("id=\"rule-counts\"")));
        // RANGE is rule n % 4 == 0: 625 findings, of which n % 10 == 0 too (n % 20 == 0): 125 errors, 500 warnings.
        assertThat(counts.replaceAll("\\s+", "")).contains("rule=RANGE\">RANGE</a></th><tdclass=\"number\">125</td>"
                + "<tdclass=\"number\">500</td><tdclass=\"number\">9000</td>");
        assertThat(body.indexOf("id=\"rule-counts\"")).isLessThan(body.indexOf("値が範囲外です"));
        assertThat(body).contains("該当 2500 件のうち 100 件を表示");
    }

    @Test
    void aFilteredList_pagesWithinTheFilter_andTheNextLinkKeepsIt() throws Exception {
        String path = "/portal/approvals/runs/" + run + "?rule=RANGE&severity=ERROR";
        Set<Integer> seen = new HashSet<>();
        int pages = 0;
        while (path != null) {
            String body = get(path).body();
            for (int n : numbers(body)) {
                assertThat(n % 20).as("finding %d is a RANGE error", n).isZero();
                assertThat(seen.add(n)).as("finding %d twice", n).isTrue();
            }
            path = next(body);
            if (path != null) {
                assertThat(path).contains("rule=RANGE").contains("severity=ERROR");
            }
            pages++;
        }
        assertThat(seen).hasSize(FINDINGS / 20);
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void aForgedCursor_isRefused() throws Exception {
        HttpResponse<String> page = get("/portal/approvals/runs/" + run + "?cursor=bm90LWEtY3Vyc29y");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("値が範囲外です");
    }
}
