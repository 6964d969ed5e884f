package jp.resas.ops.eos.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.resas.ops.eos.RaisedEosAlert;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The EOS watch on a real PostgreSQL: a ticket (課題) at the tightest of 180/90/30 days reached, once per item
 * and threshold across runs, across days and across two runs at the same time; nothing for an item upgraded away.
 */
@PlatformTest
class EosWatchTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T00:00:00Z"));

    @Inject
    EosWatchService watch;
    @Inject
    Sql sql;
    @Inject
    jp.resas.ops.ledger.asset.infrastructure.ExpiryWatchService ledgerWatch;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void clean() {
        sql.update("DELETE FROM eos_alert");
        sql.update("DELETE FROM eos_upgrade");
        sql.update("UPDATE eos_item SET retired_at = now()");
    }

    /** 06:00 JST on {@code day}. */
    private void today(String day) {
        clock.set(LocalDate.parse(day).atTime(6, 0).atZone(java.time.ZoneId.of("Asia/Tokyo")).toInstant());
    }

    private long item(String name, String endsOn) {
        return sql.queryOne("INSERT INTO eos_item (system, category, name, product_version, ends_on, source_url, "
                + "reviewed_by, reviewed_at) VALUES ('RESAS', 'LAMBDA_RUNTIME', ?, 'x', ?, 'https://example.org/eos', "
                + "'admin', now()) RETURNING id", row -> row.getLong(1), name, LocalDate.parse(endsOn)).orElseThrow();
    }

    private List<String> tickets(long item) {
        return sql.query("SELECT a.threshold_days || ' ' || t.priority || ' ' || t.title FROM eos_alert a "
                + "JOIN ticket t ON t.id = a.ticket_id WHERE a.item_id = ? AND t.kind = 'ISSUE' ORDER BY a.threshold_days DESC",
                row -> row.getString(1), item);
    }

    @Test
    void eachThreshold_raisesOneTicket_once_acrossRunsAndDays() {
        long runtime = item("nodejs20.x", "2027-04-30");

        today("2026-10-31");
        assertThat(watch.run()).isEmpty();
        today("2026-11-01");
        List<RaisedEosAlert> first = watch.run();
        List<RaisedEosAlert> again = watch.run();
        today("2026-12-15");
        assertThat(watch.run()).isEmpty();
        today("2027-01-30");
        List<RaisedEosAlert> ninety = watch.run();
        today("2027-03-31");
        List<RaisedEosAlert> thirty = watch.run();
        today("2027-04-10");
        assertThat(watch.run()).isEmpty();

        assertThat(first).extracting(RaisedEosAlert::thresholdDays, RaisedEosAlert::daysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(180, 180L));
        assertThat(again).isEmpty();
        assertThat(ninety).extracting(RaisedEosAlert::thresholdDays).containsExactly(90);
        assertThat(thirty).extracting(RaisedEosAlert::thresholdDays).containsExactly(30);
        assertThat(tickets(runtime)).containsExactly(
                "180 LOW [サポート終了] RESAS nodejs20.x x サポート終了まで 180 日 (2027-04-30)",
                "90 MEDIUM [サポート終了] RESAS nodejs20.x x サポート終了まで 90 日 (2027-04-30)",
                "30 HIGH [サポート終了] RESAS nodejs20.x x サポート終了まで 30 日 (2027-04-30)");
        assertThat(sql.queryOne("SELECT fields->>'origin' FROM ticket t JOIN eos_alert a ON a.ticket_id = t.id "
                + "WHERE a.item_id = ? AND a.threshold_days = 30", row -> row.getString(1), runtime))
                .contains("eos:" + runtime + ":30");
    }

    @Test
    void anItemAddedLate_raisesOnlyTheTightestThreshold_andAnUpgradedOneNothing() {
        long late = item("python3.9", "2026-12-10");
        long upgraded = item("java11", "2026-12-01");
        sql.update("UPDATE eos_item SET retired_at = now() WHERE id = ?", upgraded);

        today("2026-11-20");
        assertThat(watch.run()).extracting(RaisedEosAlert::itemId, RaisedEosAlert::thresholdDays)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(late, 30));
        assertThat(tickets(late)).hasSize(1);
        assertThat(tickets(upgraded)).isEmpty();
    }

    @Test
    void twoRunsAtTheSameTime_raiseEachTicketOnce() throws Exception {
        long a = item("dotnet6", "2027-01-15");
        long b = item("ruby3.2", "2026-12-20");
        today("2026-11-28");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<RaisedEosAlert>>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<List<RaisedEosAlert>> run = () -> {
                    start.await();
                    return watch.run();
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            List<RaisedEosAlert> all = new ArrayList<>();
            for (Future<List<RaisedEosAlert>> run : runs) {
                all.addAll(run.get());
            }
            assertThat(all).extracting(RaisedEosAlert::itemId).containsExactlyInAnyOrder(a, b);
        } finally {
            pool.shutdown();
        }
        assertThat(tickets(a)).hasSize(1).allMatch(t -> t.startsWith("90 MEDIUM"));
        assertThat(tickets(b)).hasSize(1).allMatch(t -> t.startsWith("30 HIGH"));
        assertThat(sql.queryOne("SELECT count(*) FROM ticket WHERE fields->>'origin' LIKE 'eos:%'", row -> row.getLong(1)))
                .contains(2L);
    }

    @Test
    void theDailyLedgerWatch_runsTheEosWatchToo() {
        long item = item("go1.x", "2026-12-20");
        today("2026-11-28");

        ledgerWatch.run();
        ledgerWatch.run();

        assertThat(tickets(item)).singleElement().satisfies(t -> assertThat(t).startsWith("30 HIGH"));
    }
}
