package jp.resas.ops.cost.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.PageWalk;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A budget a month adds up over the years: the budget page shows {@value BudgetPages#BUDGETS_SHOWN} months at a
 * time (every month's default first, then by month); following 次のページ reaches every month once with its
 * thresholds; a forged cursor is refused with 400 in Japanese.
 */
@PlatformTest
class BudgetsPageTest {

    private static final int MONTHS = 120;
    private static final Pattern MONTH = Pattern.compile("<tr><td>(\\d{4}-\\d{2}|毎月（既定）)</td><td>100, 250</td>");

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    @BeforeEach
    void aBudgetForTenYearsOfMonths() {
        sql.update("DELETE FROM cost_budget");
        sql.update("""
                INSERT INTO cost_budget (month, threshold, unit)
                SELECT to_char(DATE '2020-01-01' + n * interval '1 month', 'YYYY-MM'), t, 'USD'
                FROM generate_series(0, ? - 1) n, (VALUES (100), (250)) v(t)""", MONTHS);
        sql.update("INSERT INTO cost_budget (month, threshold, unit) VALUES ('*', 100, 'USD'), ('*', 250, 'USD')");
    }

    @Test
    void pagesWalkEveryMonthOnce_inOrder_eachPageBounded() throws Exception {
        PageWalk.Walk walk = new PageWalk(server.getPort(), "admin", "admin").walk("/portal/settings/budgets", MONTH);

        List<String> seen = walk.rows();
        assertThat(walk.paths()).hasSize((MONTHS + 1) / BudgetPages.BUDGETS_SHOWN + 1);
        assertThat(seen).hasSize(MONTHS + 1).doesNotHaveDuplicates();
        assertThat(seen.get(0)).isEqualTo("毎月（既定）");
        assertThat(seen.subList(1, seen.size())).isSorted();
        assertThat(seen.get(1)).isEqualTo("2020-01");
        assertThat(seen.get(MONTHS)).isEqualTo("2029-12");
    }

    @Test
    void aForgedCursor_isRefusedWith400_inJapanese() throws Exception {
        new PageWalk(server.getPort(), "admin", "admin").refusesForgedCursor("/portal/settings/budgets?cursor=", MONTH);
    }
}
