package jp.resas.ops.incident.web;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An alarm that flapped for weeks leaves an entry per occurrence: the incident page shows the newest
 * {@value IncidentPageViews#TIMELINE_SHOWN} and says how many there are; the timeline page walks all of them,
 * newest first, once each, one keyset page at a time.
 */
@PlatformTest
class IncidentTimelinePageTest {

    private static final int ENTRIES = 250;
    private static final Pattern ENTRY = Pattern.compile("アラーム発生 (\\d+) 回目");
    private static final Pattern NEXT = Pattern.compile("href=\"([^\"]*)\" class=\"button secondary\" id=\"next-page\"");

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    private final HttpClient client = HttpClient.newHttpClient();
    private long incident;

    @BeforeEach
    void aFlappingAlarmsIncident() {
        incident = sql.queryOne("""
                INSERT INTO incident (title, severity, status, source, opened_at, created_by)
                VALUES ('繰り返すアラーム', 2, 'DETECTED', 'MANUAL', now() - interval '30 days', 'kato') RETURNING id""",
                row -> row.getLong(1)).orElseThrow();
        // Every tenth entry shares its minute with the one before: the page key must tell them apart by id.
        sql.update("""
                INSERT INTO incident_timeline (incident_id, at, kind, actor, message)
                SELECT ?, now() - interval '30 days' + (n - n % 10 / 9) * interval '1 hour', 'ALARM', 'alarm-intake',
                       'アラーム発生 ' || n || ' 回目'
                FROM generate_series(1, ?) n""", incident, ENTRIES);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort()
                + path)).header("Cookie", "resas_session=" + TestPlatform.token("kato", "operator")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).as(path).isLessThan(200 * 1024);
        return page.body();
    }

    private static List<Integer> entries(String page) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = ENTRY.matcher(page);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    @Test
    void theIncidentPage_showsTheNewestEntries_andSaysHowManyThereAre() throws Exception {
        String page = get("/portal/incidents/" + incident);

        List<Integer> shown = entries(page);
        assertThat(shown).hasSize(IncidentPageViews.TIMELINE_SHOWN);
        assertThat(shown).contains(ENTRIES).doesNotContain(1, ENTRIES - IncidentPageViews.TIMELINE_SHOWN);
        assertThat(page).contains("全 " + ENTRIES + " 件のうち、新しい 100 件を表示しています。")
                .contains("href=\"/portal/incidents/" + incident + "/timeline\"");
    }

    @Test
    void theTimelinePage_walksEveryEntryOnce_newestFirst() throws Exception {
        String path = "/portal/incidents/" + incident + "/timeline";
        List<Integer> seen = new ArrayList<>();
        int pages = 0;
        while (path != null) {
            String page = get(path);
            seen.addAll(entries(page));
            Matcher next = NEXT.matcher(page);
            path = next.find() ? next.group(1).replace("&amp;", "&") : null;
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(ENTRIES).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(seen.get(0)).isEqualTo(ENTRIES);
        assertThat(seen.get(ENTRIES - 1)).isEqualTo(1);
    }
}
