package jp.resas.ops.functions.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.crac.Context;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart snapshots the initialised function: a pooled connection would be frozen in it and be dead
 * after restore, and the password in it could be stale. Before the snapshot every pooled connection is
 * closed; after a restore the password is read again (when it comes from a secret) and the pool opens
 * fresh connections on demand.
 */
final class DatabaseCheckpoint implements Resource {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCheckpoint.class);

    private final Collection<DataSource> dataSources;
    private final Supplier<Optional<DatabaseSettings>> settings;

    /**
     * @param settings the current credentials (read again from the secret), or empty when they do not
     *                 come from a secret
     */
    DatabaseCheckpoint(Collection<DataSource> dataSources, Supplier<Optional<DatabaseSettings>> settings) {
        this.dataSources = dataSources;
        this.settings = settings;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        pools().forEach(pool -> {
            if (pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        });
        LOG.info("database connections closed before the snapshot");
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        Optional<DatabaseSettings> current = settings.get();
        pools().forEach(pool -> {
            current.ifPresent(fresh -> pool.getHikariConfigMXBean().setPassword(fresh.password()));
            if (pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        });
        LOG.info("database pool reopened after restore (credentials {})", current.isPresent() ? "re-read" : "unchanged");
    }

    private java.util.List<HikariDataSource> pools() {
        return dataSources.stream().map(DatabaseCheckpoint::hikari).flatMap(Optional::stream).toList();
    }

    private static Optional<HikariDataSource> hikari(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? Optional.of(dataSource.unwrap(HikariDataSource.class)) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
