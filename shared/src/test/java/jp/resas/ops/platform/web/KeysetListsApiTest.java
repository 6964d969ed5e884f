package jp.resas.ops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every list paged by keyset in SQL: more rows than a page, walked page by page while rows are
 * inserted, comes back whole, once each, in a stable order; a bad cursor or limit is a 400 naming it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeysetListsApiTest implements TestPropertyProvider {

    private static final Instant T0 = Instant.parse("2031-04-01T00:00:00Z");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        try {
            properties.put("resas.attachments.directory", Files.createTempDirectory("keyset-attachments-").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private Api api() {
        return new Api(http);
    }

    /** Walks every page of {@code path}; {@code during} runs once, after the first page. */
    private List<JsonNode> walk(String path, int limit, String role, Runnable during) {
        List<JsonNode> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Answer page = api().get(path + (path.contains("?") ? "&" : "?") + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor), "kato", role);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            page.get("items").forEach(seen::add);
            if (pages++ == 0) {
                during.run();
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        assertThat(pages).as("pages of " + path).isGreaterThan(2);
        return seen;
    }

    private static List<String> keys(List<JsonNode> items, Function<JsonNode, String> key) {
        return items.stream().map(key).toList();
    }

    private void dataset(String id) {
        sql.update("INSERT INTO dataset (id, name, publisher, source_kind, source_ref) VALUES (?, ?, '総務省', 'S3_INBOX', ?)",
                id, "ページ " + id, "inbox/" + id);
    }

    private long run(String dataset, Instant startedAt) {
        return sql.queryOne("INSERT INTO pipeline_run (dataset_id, execution_name, status, reference_date, started_by, started_at) "
                + "VALUES (?, ?, 'PUBLISHED', ?, 'sato', ?) RETURNING id", row -> row.getLong(1), dataset,
                dataset + "-" + startedAt.toEpochMilli() + "-" + System.nanoTime(), LocalDate.of(2031, 1, 1), startedAt)
                .orElseThrow();
    }

    /** A published version of {@code dataset}: current, with its source and its update-log entry at {@code at}. */
    private void published(String dataset, Instant at) {
        long run = run(dataset, at);
        int number = sql.queryOne("SELECT coalesce(max(number), 0) + 1 FROM dataset_version WHERE dataset_id = ?",
                row -> row.getInt(1), dataset).orElseThrow();
        long version = sql.queryOne("INSERT INTO dataset_version (dataset_id, number, run_id, status, spec_version, "
                + "reference_date, observations, published_at) VALUES (?, ?, ?, 'PUBLISHED', 1, ?, 10, ?) RETURNING id",
                row -> row.getLong(1), dataset, number, run, LocalDate.of(2031, 1, 1), at).orElseThrow();
        sql.update("INSERT INTO data_source (version_id, dataset_id, name, publisher, source_kind, source_ref, fetched_at, sha256) "
                + "VALUES (?, ?, 'src', '総務省', 'S3_INBOX', 'inbox', ?, 'ab')", version, dataset, at);
        sql.update("INSERT INTO dataset_current (dataset_id, version_id, switched_at, switched_by) VALUES (?, ?, ?, 'ito') "
                + "ON CONFLICT (dataset_id) DO UPDATE SET version_id = EXCLUDED.version_id", dataset, version, at);
        sql.update("INSERT INTO data_update_log (dataset_id, version_id, kind, run_id, observations, reference_date, "
                + "approved_by, at) VALUES (?, ?, 'PUBLISH', ?, 10, ?, 'ito', ?)", dataset, version, run,
                LocalDate.of(2031, 1, 1), at);
    }

    @Test
    void datasets_byId_walkWhole_andARowInsertedAfterThePositionIsSeenOnce() {
        List<String> before = new ArrayList<>();
        for (int i = 10; i < 35; i++) {
            dataset("kp-ds-" + i);
            before.add("kp-ds-" + i);
        }
        List<String> ids = keys(walk("/datasets", 4, "viewer", () -> {
            dataset("kp-ds-00");
            dataset("kp-ds-99");
        }), item -> item.get("id").asText());

        assertThat(ids).doesNotHaveDuplicates().containsAll(before).contains("kp-ds-99");
        assertThat(ids).isSortedAccordingTo(Comparator.comparing(id -> sql.queryOne(
                "SELECT count(*) FROM dataset WHERE id < ?", row -> row.getLong(1), id).orElseThrow()));
    }

    @Test
    void runs_newestFirst_filteredInSql_beyondTheOldThousand() {
        dataset("kp-runs");
        dataset("kp-other");
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 1003; i++) {
            // Two runs per instant: the id breaks the tie.
            made.add(run("kp-runs", T0.plusSeconds(i / 2)));
        }
        run("kp-other", T0.plusSeconds(10_000));

        List<JsonNode> items = walk("/pipeline/runs?dataset=kp-runs", 400, "viewer",
                () -> run("kp-runs", T0.plusSeconds(20_000)));

        List<Long> ids = items.stream().map(item -> item.at("/id/value").isMissingNode() ? item.get("id").asLong()
                : item.at("/id/value").asLong()).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(1003).containsExactlyInAnyOrderElementsOf(made);
        assertThat(items).allSatisfy(item -> assertThat(item.toString()).contains("kp-runs"));
        assertThat(ids).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void updateLogAndSources_walkWhole_inTheirOrders() {
        List<String> datasets = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String id = "kp-src-" + i;
            dataset(id);
            datasets.add(id);
            published(id, T0.plusSeconds(3600L * i));
            published(id, T0.plusSeconds(3600L * i + 60));
        }

        List<JsonNode> log = walk("/pipeline/update-log", 5, "viewer", () -> {
            dataset("kp-src-late");
            published("kp-src-late", T0.plusSeconds(99_999));
        });
        List<JsonNode> mine = log.stream().filter(e -> e.get("datasetId").asText().startsWith("kp-src-")).toList();
        assertThat(keys(log, e -> e.get("id").asText())).doesNotHaveDuplicates();
        assertThat(mine).hasSize(18).allSatisfy(e -> assertThat(e.get("datasetId").asText()).isNotEqualTo("kp-src-late"));
        assertThat(keys(mine, e -> e.get("at").asText())).isSortedAccordingTo(
                Comparator.comparing(Instant::parse, Comparator.reverseOrder()));

        List<String> sources = keys(walk("/pipeline/sources", 3, "viewer", () -> { }), s -> s.get("datasetId").asText());
        assertThat(sources).doesNotHaveDuplicates().containsAll(datasets).contains("kp-src-late");
        assertThat(sources.stream().filter(s -> s.startsWith("kp-src-")).toList())
                .containsSubsequence(datasets);
    }

    @Test
    void rounds_newestFirst_eachWithItsItems() {
        dataset("kp-round-a");
        dataset("kp-round-b");
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            made.add(round("kp-round-" + i));
        }
        List<JsonNode> rounds = walk("/rounds", 2, "viewer", () -> round("kp-round-late"));

        List<Long> ids = rounds.stream().map(r -> r.get("id").asLong()).toList();
        assertThat(ids).doesNotHaveDuplicates().containsAll(made).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(rounds).filteredOn(r -> made.contains(r.get("id").asLong()))
                .allSatisfy(r -> assertThat(r.get("items")).hasSize(2));
    }

    private long round(String name) {
        long id = sql.queryOne("INSERT INTO update_round (name, status, planned_by) VALUES (?, 'DRAFT', 'sato') RETURNING id",
                row -> row.getLong(1), name).orElseThrow();
        for (String dataset : List.of("kp-round-a", "kp-round-b")) {
            sql.update("INSERT INTO update_round_item (round_id, dataset_id, collect_on, publish_by) VALUES (?, ?, ?, ?)",
                    id, dataset, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 2, 1));
        }
        return id;
    }

    @Test
    void budgets_byMonth_thresholdsKeptTogether() {
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= 11; m++) {
            String month = String.format("2032-%02d", m);
            months.add(month);
            sql.update("INSERT INTO cost_budget (month, threshold, unit) VALUES (?, 100, 'USD'), (?, 200, 'USD')", month, month);
        }
        List<JsonNode> plans = walk("/costs/budgets", 3, "viewer", () -> sql.update(
                "INSERT INTO cost_budget (month, threshold, unit) VALUES ('2032-12', 5, 'USD')"));

        List<String> seen = keys(plans, p -> p.get("month").asText());
        assertThat(seen).doesNotHaveDuplicates().containsAll(months).contains("2032-12");
        assertThat(seen.stream().filter(s -> s.startsWith("2032-")).toList()).isSorted();
        assertThat(plans).filteredOn(p -> months.contains(p.get("month").asText()))
                .allSatisfy(p -> assertThat(p.get("thresholds")).hasSize(2));
    }

    @Test
    void meetings_newestFirst_inTheListShape() {
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            made.add(meeting("定例 " + i));
        }
        List<JsonNode> meetings = walk("/meetings", 2, "viewer", () -> meeting("臨時"));

        List<Long> ids = meetings.stream().map(m -> m.get("id").asLong()).toList();
        assertThat(ids).doesNotHaveDuplicates().containsAll(made).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(api().get("/meetings?limit=1", "kato", "viewer").body().has("nextBefore")).isFalse();
    }

    private long meeting(String title) {
        return sql.queryOne("INSERT INTO meeting (kind, title, starts_at, ends_at, recorded_by, recorded_at, minutes_due_at, "
                + "reminder_at) VALUES ('AD_HOC', ?, ?, ?, 'sato', ?, ?, ?) RETURNING id", row -> row.getLong(1), title,
                T0, T0.plusSeconds(3600), T0, T0.plusSeconds(86_400 * 3), T0.plusSeconds(86_400 * 2)).orElseThrow();
    }

    @Test
    void attachments_oldestFirst_withNextCursor() {
        long inquiry = api().post("/inquiries", Map.of("title", "資料", "priority", "LOW", "fields", Map.of(
                "requesterKind", "CABINET", "channel", "EMAIL", "body", "添付します")), "kp-user", "viewer").id();
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            made.add(upload(inquiry, "file" + i + ".txt").id());
        }
        List<JsonNode> files = walk("/inquiries/" + inquiry + "/attachments", 2, "operator",
                () -> made.add(upload(inquiry, "late.txt").id()));

        assertThat(files.stream().map(f -> f.get("id").asLong()).toList()).containsExactlyElementsOf(made);
    }

    private Answer upload(long inquiry, String name) {
        Answer answer = api().send(HttpRequest.POST("/inquiries/" + inquiry + "/attachments?filename=" + name,
                (name + System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).contentType("text/plain"),
                "kp-user", "viewer");
        assertThat(answer.status()).isEqualTo(201);
        return answer;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/datasets", "/rounds", "/pipeline/runs", "/pipeline/update-log", "/pipeline/sources",
            "/costs/budgets", "/meetings", "/queues/unassigned", "/datasets/kp-none/versions"})
    void badCursorOrLimit_is400NamingIt(String path) {
        for (String cursor : List.of("%25%25%25", "bm90LWEtbnVtYmVy", "MjAzMS0wMS0wMVQwMDowMDowMFo.eA.eQ", "aWQ.YQ.Yg.Yw")) {
            Answer refused = api().get(path + "?cursor=" + cursor, "kato", "operator");
            assertThat(refused.status()).as(path + " cursor " + cursor).isEqualTo(400);
            assertThat(refused.get("field").asText()).isEqualTo("cursor");
        }
        for (String limit : List.of("0", "1001", "-1", "abc", "2.5")) {
            Answer refused = api().get(path + "?limit=" + limit, "kato", "operator");
            assertThat(refused.status()).as(path + " limit " + limit).isEqualTo(400);
            assertThat(refused.get("field").asText()).isEqualTo("limit");
        }
    }
}
