package jp.resas.ops.pipeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.PageWalk;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dataset updated every week for years has hundreds of versions: its page shows {@value DataPages#VERSIONS_SHOWN}
 * at a time, newest first; following 次のページ reaches every version once (and keeps the diff shown); the
 * rollback form still appears although the superseded versions are on later pages; a forged cursor is refused
 * with 400 in Japanese.
 */
@PlatformTest
class DatasetVersionsPageTest {

    private static final int VERSIONS = 120;
    private static final String DATASET = "versions-paged";
    private static final Pattern VERSION = Pattern.compile("<tr id=\"version-(\\d+)\">");

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    @BeforeEach
    void aDatasetWithManyVersions() {
        if (sql.queryOne("SELECT 1 FROM dataset WHERE id = ?", r -> 1, DATASET).isPresent()) {
            return;
        }
        sql.update("INSERT INTO dataset (id, name, publisher, source_kind, source_ref) VALUES (?, '版の多いデータ', '総務省', "
                + "'S3_INBOX', 'inbox/versions')", DATASET);
        sql.update("""
                INSERT INTO pipeline_run (dataset_id, execution_name, status, reference_date, started_by, started_at)
                SELECT ?, 'versions-paged-' || n, 'PUBLISHED', DATE '2024-01-01' + n, 'sato', now() - (? - n) * interval '1 day'
                FROM generate_series(1, ?) n""", DATASET, VERSIONS, VERSIONS);
        sql.update("""
                INSERT INTO dataset_version (dataset_id, number, run_id, status, spec_version, reference_date, observations,
                                             published_at)
                SELECT ?, n, r.id, CASE WHEN n = ? THEN 'PUBLISHED' ELSE 'SUPERSEDED' END, 1, DATE '2024-01-01' + n, 10,
                       now() - (? - n) * interval '1 day'
                FROM pipeline_run r, LATERAL (SELECT substr(r.execution_name, 16)::int AS n) k
                WHERE r.dataset_id = ?""", DATASET, VERSIONS, VERSIONS, DATASET);
        // each version's (empty) partition of observation, as staging creates it, so a diff can be counted
        for (long id : sql.query("SELECT id FROM dataset_version WHERE dataset_id = ?", r -> r.getLong(1), DATASET)) {
            sql.update("CREATE TABLE observation_v" + id + " PARTITION OF observation FOR VALUES IN (" + id + ")");
        }
        sql.update("INSERT INTO dataset_current (dataset_id, version_id, switched_at, switched_by) SELECT ?, id, now(), "
                + "'kimura' FROM dataset_version "
                + "WHERE dataset_id = ? AND number = ?", DATASET, DATASET, VERSIONS);
    }

    @Test
    void pagesWalkEveryVersionOnce_newestFirst_keepingTheDiffShown() throws Exception {
        PageWalk pages = new PageWalk(server.getPort(), "kimura", "approver");
        PageWalk.Walk walk = pages.walk("/portal/data/datasets/" + DATASET + "?version=7", VERSION);

        List<Integer> seen = walk.rows().stream().map(Integer::valueOf).toList();
        assertThat(walk.paths()).hasSize(VERSIONS / DataPages.VERSIONS_SHOWN + 1);
        assertThat(seen).hasSize(VERSIONS).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(seen.get(0)).isEqualTo(VERSIONS);
        assertThat(walk.paths().subList(1, walk.paths().size())).allMatch(p -> p.contains("version=7&cursor="));

        String first = pages.get("/portal/data/datasets/" + DATASET).body();
        assertThat(first).contains("id=\"rollback\"").contains("版 " + VERSIONS + " の差分");
    }

    @Test
    void aForgedCursor_isRefusedWith400_inJapanese() throws Exception {
        new PageWalk(server.getPort(), "kimura", "approver")
                .refusesForgedCursor("/portal/data/datasets/" + DATASET + "?cursor=", VERSION);
    }
}
