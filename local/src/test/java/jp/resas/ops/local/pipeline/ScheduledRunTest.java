package jp.resas.ops.local.pipeline;

import static jp.resas.ops.sfn.testing.SfnTestKit.statesEntered;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.sfn.Execution;
import jp.resas.ops.sfn.ExecutionStatus;
import jp.resas.ops.platform.jdbc.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler delivers at least once: a planned time started twice makes one run, with the real handlers. */
class ScheduledRunTest {

    @TempDir
    Path dataDir;

    @Test
    void samePlannedTimeStartedTwice_makesOneRun_andTheSecondExecutionStops() {
        try (LocalPlatform platform = LocalPlatform.start(dataDir, LocalDatabase.open(dataDir));
             LocalPipeline pipeline = new LocalPipeline(platform, dataDir)) {
            CatalogSeed.ensure(platform.context().getBean(CatalogService.class), "seed");

            Execution first = pipeline.startScheduled("census-population", "2027-01-04T00:00:00Z").await();
            Execution second = pipeline.startScheduled("census-population", "2027-01-04T00:00:00Z").await();

            assertThat(statesEntered(first)).contains("StartRun", "Collect");
            assertThat(second.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(statesEntered(second)).contains("AlreadyStarted").doesNotContain("Collect");
            assertThat(platform.context().getBean(Sql.class).queryOne("SELECT count(*) FROM pipeline_run WHERE "
                    + "execution_name = 'scheduled-census-population-20270104T000000Z'", row -> row.getInt(1)))
                    .contains(1);
        }
    }
}
