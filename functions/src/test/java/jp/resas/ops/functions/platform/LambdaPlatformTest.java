package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.env.PropertySourcePropertyResolver;
import io.micronaut.core.value.PropertyResolver;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a function's environment becomes the platform's settings (pool, timeouts; no secret read at start). */
class LambdaPlatformTest {

    private static final String ESTAT_ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:EstatAppId-AbCdEf";
    private static final DatabaseSecrets NO_DATABASE_SECRET = (arn, host, db) -> {
        throw new AssertionError("the database is given by URL");
    };

    private static Map<String, Object> properties(Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("RESAS_DB_URL", "jdbc:postgresql://localhost/resas"));
        env.putAll(extra);
        return LambdaPlatform.properties(env, NO_DATABASE_SECRET);
    }

    @Test
    void anEstatSecretArn_isNotReadAtStart_andSetsNoAppIdProperty() {
        Map<String, Object> properties = properties(Map.of("RESAS_ESTAT_SECRET_ARN", ESTAT_ARN));

        assertThat(properties).doesNotContainKey("resas.pipeline.estat-app-id");
    }

    @Test
    void theEnvironment_isReadWithMicronautsConvention_soEachSettingsRecordSeesItsVariables() {
        PropertyResolver env = new PropertySourcePropertyResolver(LambdaPlatform.environment(Map.of(
                "RESAS_SLA_ALERT_TOPIC_ARN", "arn:aws:sns:ap-northeast-1:1:sla", "AWS_LAMBDA_FUNCTION_NAME", "ticket-sla",
                "RESAS_METRICS_API_ID", "a1b2c3", "RESAS_REPORTS_SOFFICE", "/opt/libreoffice/soffice")));

        assertThat(env.get("resas.sla.alert-topic-arn", String.class)).contains("arn:aws:sns:ap-northeast-1:1:sla");
        assertThat(env.get(LambdaPlatform.FUNCTION_NAME_PROPERTY, String.class)).contains("ticket-sla");
        assertThat(env.get("resas.metrics.api-id", String.class)).contains("a1b2c3");
        assertThat(env.get("resas.reports.soffice", String.class)).contains("/opt/libreoffice/soffice");
        assertThat(env.get("resas.metrics.db-cluster", String.class)).isEmpty();
    }

    @Test
    void thePortalsManagedLogin_comesFromTheEnvironmentTheCdkAppSets() {
        PropertyResolver env = new PropertySourcePropertyResolver(LambdaPlatform.environment(Map.of(
                "RESAS_PORTAL_COGNITO_DOMAIN", "https://resas-ops-1.auth.ap-northeast-1.amazoncognito.com",
                "RESAS_PORTAL_COGNITO_CLIENT_ID", "4portalclient",
                "RESAS_PORTAL_COGNITO_CALLBACK_URL", "https://ops.example.go.jp/portal/callback",
                "RESAS_PORTAL_COGNITO_LOGOUT_URL", "https://ops.example.go.jp/portal/")));

        assertThat(env.get("resas.portal.cognito.domain", String.class))
                .contains("https://resas-ops-1.auth.ap-northeast-1.amazoncognito.com");
        assertThat(env.get("resas.portal.cognito.client-id", String.class)).contains("4portalclient");
        assertThat(env.get("resas.portal.cognito.callback-url", String.class))
                .contains("https://ops.example.go.jp/portal/callback");
        assertThat(env.get("resas.portal.cognito.logout-url", String.class)).contains("https://ops.example.go.jp/portal/");
        assertThat(new PropertySourcePropertyResolver(LambdaPlatform.environment(Map.of()))
                .get("resas.portal.cognito.client-id", String.class)).isEmpty();
    }

    @Test
    void poolSize_comesFromTheEnvironment_andKeepsNoIdleConnection() {
        Map<String, Object> properties = properties(Map.of("RESAS_DB_POOL_SIZE", "3"));

        assertThat(properties).containsEntry("datasources.default.maximum-pool-size", 3)
                .containsEntry("datasources.default.minimum-idle", 0);
    }

    @Test
    void apiSettings_forAPausingDatabase_setTheConnectionTimeoutAndRetryAfter() {
        Map<String, Object> properties = properties(Map.of("RESAS_DB_CONNECTION_TIMEOUT_MS", "8000",
                "RESAS_DB_RESUME_RETRY_AFTER_SECONDS", "15"));

        assertThat(properties).containsEntry("datasources.default.connection-timeout", 8000)
                .containsEntry("resas.database.resume-retry-after-seconds", 15);
    }

    @Test
    void withoutThem_noRetryAfterIsSet_andHikarisDefaultTimeoutApplies() {
        assertThat(properties(Map.of()))
                .doesNotContainKeys("resas.database.resume-retry-after-seconds", "datasources.default.connection-timeout");
    }

    @Test
    void aPoolSizeThatIsNotAPositiveNumber_isRefused_namingTheVariable() {
        assertThatThrownBy(() -> properties(Map.of("RESAS_DB_POOL_SIZE", "0")))
                .hasMessageContaining("RESAS_DB_POOL_SIZE").hasMessageContaining("'0'");
        assertThatThrownBy(() -> properties(Map.of("RESAS_DB_POOL_SIZE", "two")))
                .hasMessageContaining("RESAS_DB_POOL_SIZE").hasMessageContaining("'two'");
    }

    @Test
    void withCredentialsFromASecret_theFunctionNeverMigrates() {
        Map<String, Object> properties = LambdaPlatform.properties(Map.of("RESAS_DB_SECRET_ARN", "arn:aws:secretsmanager:"
                + "ap-northeast-1:123456789012:secret:app", "RESAS_DB_HOST", "resas-ops.cluster.example"),
                (arn, host, db) -> new DatabaseSettings("jdbc:postgresql://" + host.orElseThrow() + "/resas_ops",
                        "resas_app", "pw"));

        assertThat(properties).containsEntry("flyway.datasources.default.enabled", false)
                .containsEntry("datasources.default.username", "resas_app");
    }

    @Test
    void withAUrl_theFunctionStillNeverMigrates_theSchemaBelongsToDbMigrate() {
        assertThat(properties(Map.of())).containsEntry("flyway.datasources.default.enabled", false);
    }

    @Test
    void withoutAnyDatabaseSetting_theStartFails_namingBothVariables() {
        assertThatThrownBy(() -> LambdaPlatform.properties(Map.of(), NO_DATABASE_SECRET))
                .hasMessageContaining("RESAS_DB_SECRET_ARN").hasMessageContaining("RESAS_DB_URL");
    }

    @Test
    void theSettingsGivenInsteadOfApplicationYml_areTheFilesOwn() throws Exception {
        // An event function's context reads no YAML (FunctionBeans): what it is given must not drift from the file.
        io.micronaut.context.env.yaml.YamlPropertySourceLoader yaml = new io.micronaut.context.env.yaml.YamlPropertySourceLoader();
        Map<String, Object> file;
        try (java.io.InputStream in = LambdaPlatform.class.getClassLoader().getResourceAsStream("application.yml")) {
            file = yaml.read("application.yml", in);
        }
        for (Map.Entry<String, Object> setting : LambdaPlatform.COMMON.entrySet()) {
            assertThat(String.valueOf(file.get(setting.getKey()))).as("application.yml's %s", setting.getKey())
                    .isEqualTo(String.valueOf(setting.getValue()));
        }
        assertThat(properties(Map.of())).containsAllEntriesOf(LambdaPlatform.COMMON)
                .containsEntry("jackson.module-scan", false);
    }

    @Test
    void everySettingOfApplicationYml_isGivenByTheCode_soNoFunctionReadsYaml() throws Exception {
        // No function's context reads YAML (FunctionBeans): the API gets the file's web settings as WEB.
        io.micronaut.context.env.yaml.YamlPropertySourceLoader yaml = new io.micronaut.context.env.yaml.YamlPropertySourceLoader();
        Map<String, Object> file;
        try (java.io.InputStream in = LambdaPlatform.class.getClassLoader().getResourceAsStream("application.yml")) {
            file = yaml.read("application.yml", in);
        }
        Map<String, Object> given = new java.util.HashMap<>(LambdaPlatform.COMMON);
        given.putAll(LambdaPlatform.WEB);
        // What every function sets from its environment instead: its pool's size, and never migrating.
        java.util.Set<String> fromTheEnvironment = java.util.Set.of("datasources.default.maximum-pool-size",
                "flyway.datasources.default.enabled");
        for (Map.Entry<String, Object> setting : file.entrySet()) {
            if (fromTheEnvironment.contains(setting.getKey())) {
                assertThat(properties(Map.of())).containsKey(setting.getKey());
            } else {
                assertThat(given.get(setting.getKey())).as("application.yml's %s", setting.getKey())
                        .isEqualTo(setting.getValue());
            }
        }
        assertThat(file).as("no setting given that the file does not have").containsKeys(
                given.keySet().toArray(String[]::new));
        assertThat(file).containsEntry("jackson.serialization.eager-serializer-fetch", false)
                .containsEntry("jackson.deserialization.eager-deserializer-fetch", false);
    }

    @Test
    void aFunctionStarts_withoutConnectingToItsDatabase_andConnectsOnItsFirstQuery() {
        // Nothing listens on port 1: a start that connected (Hikari's fail-fast check) would fail here.
        Map<String, String> env = Map.of("RESAS_DB_URL", "jdbc:postgresql://127.0.0.1:1/resas", "RESAS_DB_USER", "postgres",
                "RESAS_DB_PASSWORD", "postgres", "RESAS_DB_CONNECTION_TIMEOUT_MS", "250");
        try (io.micronaut.context.ApplicationContext context = LambdaPlatform.start(env, NO_DATABASE_SECRET)) {
            jp.resas.ops.platform.jdbc.Sql sql = context.getBean(jp.resas.ops.platform.jdbc.Sql.class);
            assertThatThrownBy(() -> sql.queryOne("SELECT 1", row -> row.getInt(1))).satisfies(error -> {
                boolean refusedByTheDriver = false;
                for (Throwable cause = error; cause != null; cause = cause.getCause()) {
                    refusedByTheDriver |= cause instanceof java.sql.SQLException;
                }
                assertThat(refusedByTheDriver).as("the first query tries to connect: " + error).isTrue();
            });
        }
    }
}
