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
 * The data page's catalog is one keyset page of datasets in id order ({@value DataPages#DATASETS_SHOWN} a page,
 * the cursor in the URL): following 次のページ reaches every dataset once; a forged cursor is refused with 400.
 */
@PlatformTest
class DataCatalogPageTest {

    private static final int DATASETS = 120;
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]*)\" class=\"button secondary\" id=\"next-page\"");

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    private final HttpClient client = HttpClient.newHttpClient();
    private String prefix;

    @BeforeEach
    void manyDatasets() {
        prefix = "zz-catalog-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        sql.update("""
                INSERT INTO dataset (id, name, publisher, source_kind, source_ref)
                SELECT ? || lpad(n::text, 4, '0'), 'カタログのページ ' || n, '総務省統計局', 'S3_INBOX', 'inbox/catalog/'
                FROM generate_series(1, ?) n""", prefix, DATASETS);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Cookie", "resas_session=" + TestPlatform.token("yamada", "viewer")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private List<Integer> datasets(String page) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = Pattern.compile(">" + Pattern.quote(prefix) + "(\\d{4})</a>").matcher(page);
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
    void pagesWalkEveryDatasetOnce_inIdOrder_eachPageBounded() throws Exception {
        String path = "/portal/data";
        List<Integer> seen = new ArrayList<>();
        int pages = 0;
        while (path != null) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).as(path).isLessThan(200 * 1024);
            assertThat(page.body().split("href=\"/portal/data/datasets/", -1).length - 1).as(path)
                    .isLessThanOrEqualTo(DataPages.DATASETS_SHOWN);
            seen.addAll(datasets(page.body()));
            path = next(page.body());
            pages++;
        }
        assertThat(pages).isGreaterThanOrEqualTo(DATASETS / DataPages.DATASETS_SHOWN + 1);
        assertThat(seen).hasSize(DATASETS).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aForgedCursor_isRefused_showingNoDataset() throws Exception {
        HttpResponse<String> page = get("/portal/data?cursor=bm90LWEtY3Vyc29y");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("cursor が正しくありません");
        assertThat(datasets(page.body())).isEmpty();
    }
}
