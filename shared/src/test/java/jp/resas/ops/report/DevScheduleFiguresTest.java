package jp.resas.ops.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.devschedule.DevItem;
import jp.resas.ops.devschedule.DevItemKind;
import jp.resas.ops.devschedule.DevStatus;
import jp.resas.ops.devschedule.Milestone;
import jp.resas.ops.devschedule.MilestoneDates;
import jp.resas.ops.devschedule.ScheduleLine;
import jp.resas.ops.devschedule.Slip;
import org.junit.jupiter.api.Test;

class DevScheduleFiguresTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    @Test
    void noItems_saysSoInJapanese_withEmptyTables() {
        ReportSection section = DevScheduleFigures.section("2", List.of(), AS_OF);

        assertThat(section.title()).isEqualTo("開発スケジュール");
        assertThat(section.paragraphs()).containsExactly("開発スケジュールに登録されたメニュー・機能はありません。");
        assertThat(section.tables()).allMatch(ReportTable::isEmpty).hasSize(2);
    }

    @Test
    void aRescheduledMilestone_isMarkedWithItsDatesOnItsItemAndItsOwnRow() {
        Map<Milestone, MilestoneDates> dates = new EnumMap<>(Milestone.class);
        dates.put(Milestone.DESIGN, new MilestoneDates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)));
        dates.put(Milestone.BUILD, new MilestoneDates(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 13)));
        dates.put(Milestone.TEST, new MilestoneDates(LocalDate.of(2026, 11, 27), null));
        dates.put(Milestone.RELEASE, new MilestoneDates(LocalDate.of(2026, 12, 4), null));
        DevItem item = new DevItem(1, "人口マップ 改修", DevItemKind.MENU, null, DevStatus.IN_PROGRESS, 60, dates, List.of(),
                "sato", Instant.parse("2026-11-20T01:00:00Z"), 2);
        ScheduleLine line = new ScheduleLine(item, List.of(new Slip(Milestone.TEST, Slip.Reason.RESCHEDULED,
                LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27))));

        ReportSection section = DevScheduleFigures.section("2", List.of(line), AS_OF);

        assertThat(section.paragraphs().get(0)).contains("1 件").contains("先週から遅延したものは 1 件");
        assertThat(section.tables().get(0).rows()).containsExactly(List.of("メニュー", "人口マップ 改修", "開発中", "60",
                "遅延（試験: 予定日の延期 2026-11-20→2026-11-27）"));
        assertThat(section.tables().get(0).chart().valueColumns()).containsExactly(3);
        assertThat(section.tables().get(1).rows()).containsExactly(
                List.of("人口マップ 改修", "設計", "2026-11-02", "2026-11-02", ""),
                List.of("人口マップ 改修", "製造", "2026-11-13", "2026-11-13", ""),
                List.of("人口マップ 改修", "試験", "2026-11-27", "", "遅延（予定日の延期 2026-11-20→2026-11-27）"),
                List.of("人口マップ 改修", "リリース", "2026-12-04", "", ""));
    }
}
