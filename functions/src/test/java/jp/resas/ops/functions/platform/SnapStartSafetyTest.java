package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import jp.resas.ops.pipeline.infrastructure.EstatAppId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a SnapStart snapshot may hold, on the real platform context and a real PostgreSQL: no e-Stat appId
 * (read at use), and no open database connection (closed before the checkpoint, reopened after restore).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapStartSafetyTest {

    private static final String ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:EstatAppId-AbCdEf";

    private final List<String> secretReads = new ArrayList<>();
    private ApplicationContext context;

    @BeforeAll
    void start() {
        context = LambdaPlatform.start(Map.of("RESAS_DB_URL", MigratedDatabase.newDatabase(), "RESAS_DB_USER", "postgres",
                "RESAS_DB_PASSWORD", "postgres", "RESAS_ESTAT_SECRET_ARN", ARN), (arn, host, db) -> {
                    throw new AssertionError("the database is given by URL");
                }, arn -> {
                    secretReads.add(arn);
                    return "0123456789abcdef";
                });
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void theEstatSecret_isNotReadDuringInitialisation_butWhenTheAppIdIsNeeded() {
        assertThat(secretReads).as("read while initialising").isEmpty();

        assertThat(context.getBean(EstatAppId.class).current()).contains("0123456789abcdef");
        assertThat(secretReads).containsExactly(ARN);
    }

    @Test
    void beforeTheCheckpoint_everyPooledConnectionIsClosed_andAfterRestoreThePoolServesAgain() throws SQLException {
        DataSource dataSource = context.getBean(DataSource.class);
        // The bean is Micronaut's contextual proxy; the pool behind it is what the snapshot would hold.
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        try (Connection connection = pool.getConnection()) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isPositive();
        DatabaseCheckpoint checkpoint = new DatabaseCheckpoint(List.of(dataSource), Optional::empty);

        checkpoint.beforeCheckpoint(null);
        assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isZero();

        checkpoint.afterRestore(null);
        try (Connection connection = pool.getConnection()) {
            assertThat(connection.createStatement().executeQuery("SELECT 1").next()).isTrue();
        }
    }

    @Test
    void afterRestore_thePasswordIsTheOneReadAgain() throws SQLException {
        DataSource dataSource = context.getBean(DataSource.class);
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        DatabaseCheckpoint checkpoint = new DatabaseCheckpoint(List.of(dataSource),
                () -> Optional.of(new DatabaseSettings(pool.getJdbcUrl(), "postgres", "rotated-password")));

        checkpoint.afterRestore(null);

        assertThat(pool.getPassword()).isEqualTo("rotated-password");
        pool.getHikariConfigMXBean().setPassword("postgres");
    }
}
