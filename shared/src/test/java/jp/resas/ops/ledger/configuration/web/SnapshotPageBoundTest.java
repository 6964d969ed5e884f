package jp.resas.ops.ledger.configuration.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.resas.ops.ledger.configuration.ConfigurationDiff;
import jp.resas.ops.ledger.configuration.ConfigurationSource;
import jp.resas.ops.ledger.configuration.ConfiguredResource;
import jp.resas.ops.ledger.configuration.Snapshot;
import jp.resas.ops.ledger.configuration.SnapshotFilter;
import org.junit.jupiter.api.Test;

/**
 * An account's first snapshot lists every resource as added: the snapshot page shows the first
 * {@value ConfigurationPageViews#ROWS_SHOWN} rows of the diff and of the resources, and how many there are.
 */
class SnapshotPageBoundTest {

    private static Snapshot firstSnapshot(int resources) {
        List<ConfiguredResource> all = IntStream.rangeClosed(1, resources).mapToObj(n -> new ConfiguredResource(
                "cloudformation:ap-northeast-1", "ResasStack", "Function" + n, "resas-fn-" + n,
                "AWS::Lambda::Function", Map.of("Runtime", "\"java17\""), Map.of("system", "resas"))).toList();
        return new Snapshot(7, ConfigurationSource.AWS, Instant.parse("2026-11-28T00:00:00Z"), "collector", "digest",
                all, List.of(), null, ConfigurationDiff.between(List.of(), all));
    }

    @Test
    void aLargeSnapshot_showsTheFirstRows_andCountsThemAll() {
        ConfigurationPageViews.DetailView page = ConfigurationPageViews.detail(firstSnapshot(1_500), SnapshotFilter.ALL,
                Map.of(), List.of(), "");

        assertThat(page.resources()).hasSize(ConfigurationPageViews.ROWS_SHOWN);
        assertThat(page.diff()).hasSize(ConfigurationPageViews.ROWS_SHOWN);
        assertThat(page.resourcesTotal()).isEqualTo(1_500);
        assertThat(page.diffTotal()).isEqualTo(1_500);
        assertThat(page.allResources()).isEqualTo(1_500);
    }

    @Test
    void aSmallSnapshot_isShownWhole() {
        ConfigurationPageViews.DetailView page = ConfigurationPageViews.detail(firstSnapshot(12), SnapshotFilter.ALL,
                Map.of(), List.of(), "");

        assertThat(page.resources()).hasSize(12);
        assertThat(page.diff()).hasSize(12);
        assertThat(page.resourcesTotal()).isEqualTo(12);
    }
}
