package jp.resas.ops.monitoring.runs.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.resas.ops.monitoring.runs.CollectionFailedException;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.Harvest;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

/** A collector run over several days, against the real run records: a failed day does not stop the rest. */
@PlatformTest
class CollectorRunnerTest {

    @Inject
    CollectorRunner runner;
    @Inject
    Sql sql;

    private record Day(LocalDate day) implements Harvest {
        @Override
        public List<String> missing() {
            return List.of();
        }

        @Override
        public Map<String, Integer> counts() {
            return Map.of("days", 1);
        }
    }

    private List<String> runs(String status) {
        return sql.query("SELECT period FROM collector_run WHERE collector = 'log-collector' AND status = ? ORDER BY period",
                row -> row.getString(1), status);
    }

    @Test
    void aFailedDay_isRecorded_theLaterDaysStillRun_thenTheRunFailsNamingEveryFailedDay() {
        List<LocalDate> stored = new CopyOnWriteArrayList<>();
        CollectionPeriod fourDays = new CollectionPeriod(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-05"),
                "2026-03-01..04");

        assertThatThrownBy(() -> runner.eachDay(Collector.LOGS, fourDays, day -> {
            if (day.getDayOfMonth() % 2 == 0) {
                throw new IllegalStateException("no log group data for " + day);
            }
            return new Day(day);
        }, harvest -> stored.add(harvest.day())))
                .isInstanceOf(CollectionFailedException.class)
                .hasMessageContaining("failed for 2 of 4 days of 2026-03-01..04")
                .hasMessageContaining("no log group data for 2026-03-02")
                .hasMessageContaining("no log group data for 2026-03-04")
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));

        assertThat(stored).containsExactly(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-03"));
        assertThat(runs("FAILED")).containsExactly("2026-03-02", "2026-03-04");
        assertThat(runs("SUCCEEDED")).containsExactly("2026-03-01", "2026-03-03");
    }

    @Test
    void everyDayStored_answersEachDaysReport() {
        List<RunReport> reports = runner.eachDay(Collector.LOGS, new CollectionPeriod(LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-03"), "2026-04-01..02"), Day::new, harvest -> { });
        assertThat(reports).extracting(RunReport::period).containsExactly("2026-04-01", "2026-04-02");
    }
}
