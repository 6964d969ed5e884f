package jp.resas.ops.calendaradmin.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.PageWalk;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every year adds extra closed days: the calendar page shows {@value CalendarPages#CLOSED_DAYS_SHOWN} of them at a
 * time, the latest first; following 次のページ reaches every closed day once; a forged cursor is refused with 400
 * in Japanese.
 */
@PlatformTest
class ClosedDaysPageTest {

    private static final int DAYS = 120;
    private static final Pattern DAY = Pattern.compile("<td>(\\d{4}-\\d{2}-\\d{2})</td><td>頁送りの閉庁日</td>");

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    @BeforeEach
    void manyClosedDays() {
        sql.update("DELETE FROM calendar_closed_day");
        sql.update("""
                INSERT INTO calendar_closed_day (day, reason, added_by)
                SELECT DATE '2020-01-06' + n * 7, '頁送りの閉庁日', 'admin' FROM generate_series(1, ?) n""", DAYS);
    }

    @Test
    void pagesWalkEveryClosedDayOnce_latestFirst_eachPageBounded() throws Exception {
        PageWalk.Walk walk = new PageWalk(server.getPort(), "admin", "admin").walk("/portal/settings/calendar", DAY);

        List<LocalDate> seen = walk.rows().stream().map(LocalDate::parse).toList();
        assertThat(walk.paths()).hasSize(DAYS / CalendarPages.CLOSED_DAYS_SHOWN + 1);
        assertThat(seen).hasSize(DAYS).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(seen.get(0)).isEqualTo(LocalDate.parse("2020-01-06").plusDays(7L * DAYS));
        assertThat(seen.get(DAYS - 1)).isEqualTo(LocalDate.parse("2020-01-13"));
    }

    @Test
    void aForgedCursor_isRefusedWith400_inJapanese() throws Exception {
        new PageWalk(server.getPort(), "admin", "admin").refusesForgedCursor("/portal/settings/calendar?cursor=", DAY);
    }
}
