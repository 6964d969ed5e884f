package jp.resas.ops.eos.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.eos.Upgrade;
import jp.resas.ops.eos.Upgrades;
import jp.resas.ops.platform.jdbc.Sql;

/** Upgrades in {@code eos_upgrade}; a change request carries at most one (a unique key). */
@Singleton
final class JdbcUpgrades implements Upgrades {

    private final Sql sql;

    JdbcUpgrades(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Long> insert(long itemId, long changeRequestId, String targetVersion, String by, Instant at) {
        return sql.queryOne("INSERT INTO eos_upgrade (item_id, change_request_id, target_version, planned_by, planned_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (change_request_id) DO NOTHING RETURNING id", row -> row.getLong(1),
                itemId, changeRequestId, targetVersion, by, at);
    }

    @Override
    public Optional<Upgrade> lock(long id) {
        return sql.queryOne("SELECT * FROM eos_upgrade WHERE id = ? FOR UPDATE", JdbcUpgrades::upgrade, id);
    }

    @Override
    public Optional<Upgrade> get(long id) {
        return sql.queryOne("SELECT * FROM eos_upgrade WHERE id = ?", JdbcUpgrades::upgrade, id);
    }

    @Override
    public List<Upgrade> ofItem(long itemId) {
        return sql.query("SELECT * FROM eos_upgrade WHERE item_id = ? ORDER BY id", JdbcUpgrades::upgrade, itemId);
    }

    @Override
    public boolean save(Upgrade u) {
        Upgrade.TestRecord t = u.test();
        return sql.update("UPDATE eos_upgrade SET status = ?, test_environment = ?, test_result = ?, test_summary = ?, "
                + "test_evidence = ?, tested_by = ?, tested_at = ?, done_by = ?, done_at = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?", u.status(), t == null ? null : t.environment(),
                t == null ? null : t.result(), t == null ? null : t.summary(), t == null ? null : t.evidence(),
                t == null ? null : t.testedBy(), t == null ? null : t.testedAt(), u.doneBy(), u.doneAt(), u.id(),
                u.version()) == 1;
    }

    @Override
    public Optional<String> changeRequestStatus(long ticketId) {
        return sql.queryOne("SELECT status FROM ticket WHERE id = ? AND kind = 'CHANGE_REQUEST'", row -> row.getString(1),
                ticketId);
    }

    @Override
    public List<Upgrade> doneBetween(Instant from, Instant to) {
        return sql.query("SELECT * FROM eos_upgrade WHERE status = 'DONE' AND done_at >= ? AND done_at < ? ORDER BY done_at, id",
                JdbcUpgrades::upgrade, from, to);
    }

    static Upgrade upgrade(ResultSet row) throws SQLException {
        String result = row.getString("test_result");
        Upgrade.TestRecord test = result == null ? null : new Upgrade.TestRecord(row.getString("test_environment"),
                Upgrade.TestResult.valueOf(result), row.getString("test_summary"), row.getString("test_evidence"),
                row.getString("tested_by"), Sql.instant(row, "tested_at"));
        return new Upgrade(row.getLong("id"), row.getLong("item_id"), row.getLong("change_request_id"),
                row.getString("target_version"), Upgrade.Status.valueOf(row.getString("status")), test,
                row.getString("planned_by"), Sql.instant(row, "planned_at"), row.getString("done_by"),
                Sql.instant(row, "done_at"), row.getLong("version"));
    }
}
