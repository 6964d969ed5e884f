package jp.resas.ops.eos.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.common.Actor;
import jp.resas.ops.eos.EosCategory;
import jp.resas.ops.eos.EosSystem;
import jp.resas.ops.eos.KeepingCalendar;
import jp.resas.ops.eos.ReadingVersionsInUse;
import jp.resas.ops.ledger.configuration.ConfigurationDiff;
import jp.resas.ops.ledger.configuration.ConfigurationSnapshots;
import jp.resas.ops.ledger.configuration.ConfigurationSource;
import jp.resas.ops.ledger.configuration.ConfiguredResource;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What RESAS runs on, from the configuration ledger's latest AWS snapshot, against the calendar on a real PostgreSQL:
 * each runtime and engine version of the monitored accounts (RESAS) apart from RESAS Ops' own, with its resource count
 * and its item or 未登録; the 180/90/30-day tickets raised for RESAS's items only while RESAS runs the version.
 */
@PlatformTest
class VersionsInUseTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T21:00:00Z"));

    @Inject
    EosService service;
    @Inject
    EosWatchService watch;
    @Inject
    ConfigurationSnapshots snapshots;
    @Inject
    Sql sql;
    @Inject
    @Client("/")
    HttpClient http;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void clean() {
        clock.set(Instant.parse("2026-11-28T21:00:00Z"));
        sql.update("DELETE FROM eos_alert");
        sql.update("DELETE FROM eos_upgrade");
        sql.update("DELETE FROM configuration_snapshot");
        sql.update("DELETE FROM eos_item WHERE reviewed_by LIKE '%yamada'");
        // RESAS Ops' own items keep their old rule (always watched); they are out of this test's way
        sql.update("UPDATE eos_item SET retired_at = now() WHERE system = 'RESAS_OPS'");
    }

    private static ConfiguredResource function(String scope, String name, String runtime) {
        return new ConfiguredResource(scope, scope.startsWith("resas") && scope.contains("config") ? null : "Api",
                scope.contains("config") ? null : name, name, "AWS::Lambda::Function",
                scope.contains("config") ? Map.of("configuration.runtime", runtime) : Map.of("Runtime", runtime), Map.of());
    }

    private void snapshot(List<ConfiguredResource> resources) {
        snapshots.insert(ConfigurationSource.AWS, clock.instant(), "test", "digest-" + resources.size(), resources,
                List.of(), null, ConfigurationDiff.NONE);
    }

    private List<ConfiguredResource> resasRuns() {
        List<ConfiguredResource> r = new ArrayList<>();
        r.add(function("resas-prod/cloudformation:ap-northeast-1", "api-a", "java17"));
        r.add(function("resas-prod/cloudformation:ap-northeast-1", "api-b", "java17"));
        r.add(function("resas-prod/cloudformation:ap-northeast-1", "edge", "nodejs22.x"));
        // resolved at deployment: names no version
        r.add(function("resas-prod/cloudformation:ap-northeast-1", "param", "{\"Ref\":\"Runtime\"}"));
        // AWS Config in a second account
        r.add(function("resas-data/config:ap-northeast-1", "loader", "java17"));
        r.add(new ConfiguredResource("resas-prod/cloudformation:ap-northeast-1", "Data", "Cluster", "resas-db",
                "AWS::RDS::DBCluster", Map.of("Engine", "aurora-postgresql", "EngineVersion", "15.4"), Map.of()));
        // RESAS Ops' own account: not RESAS
        r.add(function("cloudformation:ap-northeast-1", "ops-1", "java21"));
        r.add(function("cloudformation:ap-northeast-1", "ops-2", "java21"));
        return r;
    }

    private List<String> alerts() {
        return sql.query("SELECT i.product_version || ' ' || a.threshold_days || ' ' || (t.fields->>'description') FROM eos_alert a "
                + "JOIN eos_item i ON i.id = a.item_id JOIN ticket t ON t.id = a.ticket_id ORDER BY i.product_version",
                row -> row.getString(1));
    }

    @Test
    void noSnapshotYet_nothingInUse() {
        EosService.InUse inUse = service.inUse(Optional.empty());
        assertThat(inUse.snapshotId()).isNull();
        assertThat(inUse.lines()).isEmpty();
    }

    @Test
    void resasVersions_countedApartFromOps_withTheirItemOrUnregistered() {
        snapshot(resasRuns());

        EosService.InUse resas = service.inUse(Optional.of(EosSystem.RESAS));
        assertThat(resas.lines()).extracting(l -> l.version().key() + " " + l.version().resources() + " "
                + l.version().accounts() + " " + (l.registered() ? l.item().productVersion() + " " + l.item().endsOn()
                        : "未登録"))
                .containsExactly("aurora-postgresql:15.4 1 [resas-prod] 未登録",
                        "lambda:java17 3 [resas-data, resas-prod] 未登録",
                        "lambda:nodejs22.x 1 [resas-prod] nodejs22.x 2027-04-30");
        assertThat(resas.unregistered()).isEqualTo(2);
        assertThat(resas.lines().get(2).daysLeft()).isEqualTo(152);

        EosService.InUse all = service.inUse(Optional.empty());
        assertThat(all.lines()).filteredOn(l -> l.version().system() == EosSystem.RESAS_OPS)
                .extracting(l -> l.version().key() + " " + l.version().resources()).containsExactly("lambda:java21 2");

        Api.Answer answer = new Api(http).get("/eos/in-use?system=RESAS", "kato", "viewer");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.get("unregistered").asLong()).isEqualTo(2);
        JsonNode java17 = answer.get("items").get(1);
        assertThat(java17.get("key").asText()).isEqualTo("lambda:java17");
        assertThat(java17.get("resources").asInt()).isEqualTo(3);
        assertThat(java17.get("item").isNull()).isTrue();
        assertThat(answer.get("items").get(2).get("item").get("endsOn").asText()).isEqualTo("2027-04-30");
    }

    @Test
    void ticketsCoverResasVersionsInUse_only_andAnAddedItemCoversItsMinorVersions() {
        snapshot(resasRuns());

        watch.run();
        // nodejs22.x (152 days) is in use: its 180-day ticket names the resources; python3.9 and nodejs18.x have ended
        // and nodejs24.x, java25 are in the calendar too, but RESAS runs none of them: nothing
        assertThat(alerts()).hasSize(1);
        assertThat(alerts().get(0)).startsWith("nodejs22.x 180 ").contains("1 件のリソースが使用しています (lambda:nodejs22.x)");

        long aurora = service.add(new KeepingCalendar.Entry(EosSystem.RESAS, EosCategory.DATABASE,
                "Amazon Aurora PostgreSQL", "15", LocalDate.parse("2027-01-31"),
                "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/aurorapostgresql-release-calendar.html",
                null, "aurora-postgresql:15"), Actor.system("yamada")).item().id();
        EosService.InUse resas = service.inUse(Optional.of(EosSystem.RESAS));
        assertThat(resas.unregistered()).isEqualTo(1);
        ReadingVersionsInUse.Line line = resas.lines().get(0);
        assertThat(line.item().id()).isEqualTo(aurora);

        watch.run();
        assertThat(alerts()).hasSize(2).anySatisfy(a -> assertThat(a).startsWith("15 90 "));

        // RESAS moves off nodejs22.x: the next threshold is not raised for a version no longer in use
        List<ConfiguredResource> moved = new ArrayList<>(resasRuns());
        moved.removeIf(r -> "edge".equals(r.physicalId()));
        snapshot(moved);
        clock.set(Instant.parse("2027-02-01T21:00:00Z"));
        watch.run();
        assertThat(alerts()).noneMatch(a -> a.startsWith("nodejs22.x 90"));
        assertThat(alerts()).anySatisfy(a -> assertThat(a).startsWith("15 30 "));
    }
}
