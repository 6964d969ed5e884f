package jp.resas.ops.ledger.configuration.infrastructure;

import jakarta.inject.Singleton;
import jp.resas.ops.eos.VersionsInUse;
import jp.resas.ops.ledger.configuration.ConfigurationSnapshots;
import jp.resas.ops.ledger.configuration.ConfigurationSource;
import jp.resas.ops.ledger.configuration.RuntimeVersions;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * The versions in use for the end-of-support calendar: those of the latest snapshot of AWS (a scope that could not be
 * read keeps the previous snapshot's resources there, so a refusal does not empty the list). No snapshot yet: none.
 */
@Singleton
final class LedgerVersionsInUse implements VersionsInUse {

    private final Sql sql;
    private final ConfigurationSnapshots snapshots;

    LedgerVersionsInUse(Sql sql, ConfigurationSnapshots snapshots) {
        this.sql = sql;
        this.snapshots = snapshots;
    }

    @Override
    public Reading current() {
        return sql.queryOne("SELECT id FROM configuration_snapshot WHERE source = ? ORDER BY id DESC LIMIT 1",
                row -> row.getLong(1), ConfigurationSource.AWS)
                .flatMap(snapshots::find)
                .map(s -> new Reading(s.id(), s.takenAt(), RuntimeVersions.of(s.resources())))
                .orElse(Reading.none());
    }
}
