package jp.resas.ops.ledger.asset.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.resas.ops.ledger.asset.AssetKind;
import jp.resas.ops.ledger.asset.DiscoveredAsset;
import jp.resas.ops.ledger.asset.ExpiryThreshold;
import jp.resas.ops.ledger.asset.RaisedAlert;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The expiry watch on a real PostgreSQL: tickets at 60/30/7 days, an incident at the end, each once. */
@PlatformTest
class ExpiryWatchTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-04-01T00:00:00Z"));

    @Inject
    ExpiryWatchService watch;
    @Inject
    JdbcAssets assets;
    @Inject
    Sql sql;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void clean() {
        sql.update("DELETE FROM asset_expiry_alert");
        sql.update("UPDATE asset SET status = 'RETIRED'");
    }

    /** 09:00 JST on {@code day}. */
    private void today(String day) {
        clock.set(LocalDate.parse(day).atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Tokyo")).toInstant());
    }

    private long discovered(AssetKind kind, String key, String endsOn, Map<String, String> attributes) {
        return assets.insertDiscovered(new DiscoveredAsset(kind, key, key, "test", LocalDate.parse(endsOn), null,
                attributes), clock.instant());
    }

    private long licence(String name, String endsOn, String renewalOn, Integer noticeDays) {
        return sql.queryOne("INSERT INTO asset (kind, asset_key, name, origin, provider, ends_on, renewal_on, notice_days, "
                + "owner, created_at, updated_at) VALUES ('LICENCE', ?, ?, 'MANUAL', '提供元', ?, ?, ?, '契約班', now(), now()) "
                + "RETURNING id", row -> row.getLong(1), name, name, LocalDate.parse(endsOn),
                renewalOn == null ? null : LocalDate.parse(renewalOn), noticeDays).orElseThrow();
    }

    private long tickets(long assetId) {
        return sql.queryOne("SELECT count(*) FROM ticket t JOIN asset_expiry_alert a ON a.ticket_id = t.id "
                + "WHERE a.asset_id = ? AND t.kind = 'ISSUE'", row -> row.getLong(1), assetId).orElseThrow();
    }

    @Test
    void eachThreshold_raisesOneTicket_once_andTheEndOneIncident() {
        long domain = discovered(AssetKind.DOMAIN, "resas-status.example.jp", "2026-08-07", Map.of("autoRenew", "false"));

        today("2026-06-01");
        assertThat(watch.run()).isEmpty();
        today("2026-06-08");
        List<RaisedAlert> sixty = watch.run();
        List<RaisedAlert> again = watch.run();
        today("2026-07-10");
        List<RaisedAlert> thirty = watch.run();
        today("2026-08-01");
        List<RaisedAlert> seven = watch.run();
        today("2026-08-07");
        List<RaisedAlert> ended = watch.run();
        today("2026-08-08");
        List<RaisedAlert> afterEnd = watch.run();

        assertThat(sixty).extracting(RaisedAlert::threshold).containsExactly(ExpiryThreshold.D60);
        assertThat(sixty.get(0).daysLeft()).isEqualTo(60);
        assertThat(again).isEmpty();
        assertThat(thirty).extracting(RaisedAlert::threshold).containsExactly(ExpiryThreshold.D30);
        assertThat(seven).extracting(RaisedAlert::threshold).containsExactly(ExpiryThreshold.D7);
        assertThat(ended).singleElement().satisfies(alert -> {
            assertThat(alert.threshold()).isEqualTo(ExpiryThreshold.ENDED);
            assertThat(alert.raised()).isEqualTo("incident");
        });
        assertThat(afterEnd).isEmpty();
        assertThat(tickets(domain)).isEqualTo(3);
        assertThat(sql.queryOne("SELECT title FROM ticket WHERE id = ?", row -> row.getString(1), seven.get(0).raisedId()))
                .hasValueSatisfying(title -> assertThat(title).contains("ドメイン", "resas-status.example.jp", "まで 6 日"));
        assertThat(sql.queryOne("SELECT count(*) FROM incident WHERE id = ? AND status <> 'CLOSED'",
                row -> row.getInt(1), ended.get(0).raisedId())).contains(1);
    }

    @Test
    void firstSeenLate_raisesOnlyTheNearestThreshold() {
        long contract = licence("遅れて登録した契約", "2026-04-05", null, null);

        today("2026-04-01");
        List<RaisedAlert> raised = watch.run();

        assertThat(raised).extracting(RaisedAlert::threshold).containsExactly(ExpiryThreshold.D7);
        assertThat(tickets(contract)).isEqualTo(1);
    }

    @Test
    void acmRenewableCertificate_warnsOnlyWhenNotEligible() {
        discovered(AssetKind.CERTIFICATE, "arn:cert/eligible", "2026-04-20",
                Map.of("type", "AMAZON_ISSUED", "renewalEligibility", "ELIGIBLE"));
        long ineligible = discovered(AssetKind.CERTIFICATE, "arn:cert/ineligible", "2026-04-20",
                Map.of("type", "AMAZON_ISSUED", "renewalEligibility", "INELIGIBLE"));
        long imported = discovered(AssetKind.CERTIFICATE, "arn:cert/imported", "2026-04-20",
                Map.of("type", "IMPORTED", "renewalEligibility", "INELIGIBLE"));

        today("2026-04-01");
        List<RaisedAlert> raised = watch.run();

        assertThat(raised).extracting(RaisedAlert::assetId).containsExactlyInAnyOrder(ineligible, imported);
    }

    @Test
    void licence_isWarnedBeforeItsNoticeDeadline_andEndsTheDayAfterItsLastDay() {
        long licence = licence("人流データ", "2026-09-30", "2026-06-30", 30);

        today("2026-04-01");
        List<RaisedAlert> warned = watch.run();
        today("2026-09-30");
        List<RaisedAlert> lastDay = watch.run();
        today("2026-10-01");
        List<RaisedAlert> after = watch.run();

        assertThat(warned).singleElement().satisfies(alert -> {
            assertThat(alert.date()).isEqualTo(LocalDate.parse("2026-05-31"));
            assertThat(alert.threshold()).isEqualTo(ExpiryThreshold.D60);
        });
        assertThat(lastDay).extracting(RaisedAlert::threshold).doesNotContain(ExpiryThreshold.ENDED);
        assertThat(after).extracting(RaisedAlert::threshold).containsExactly(ExpiryThreshold.ENDED);
        assertThat(tickets(licence)).isGreaterThanOrEqualTo(1);
    }
}
