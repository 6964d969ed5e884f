package jp.resas.ops.functions.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.functions.platform.MigratedDatabase;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.vulnerability.CheckingSbom;
import jp.resas.ops.vulnerability.infrastructure.SbomCheckService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The SBOM check on this build's own SBOM: the CycloneDX document cyclonedx-maven-plugin writes into the functions
 * jar ({@code META-INF/sbom/bom.json}, generated at {@code process-classes} so this module's tests see it on their
 * class path, as the deployed ops API does from its jar), read through {@link SbomCheckService#checkDeployed()} on a
 * function's context and a migrated PostgreSQL. The finding names jackson-databind at the version this build really
 * runs (read from the library's own {@code PackageVersion}, not from the SBOM), so the match proves the SBOM lists it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildSbomCheckTest {

    private ApplicationContext context;

    @BeforeAll
    void start() {
        context = LambdaPlatform.start(Map.of("RESAS_DB_URL", MigratedDatabase.newDatabase(), "RESAS_DB_USER", "postgres",
                "RESAS_DB_PASSWORD", "postgres"), (arn, host, db) -> {
                    throw new AssertionError("the database is given by URL");
                });
    }

    @AfterAll
    void stop() {
        context.close();
    }

    private long finding(String key, String packages) {
        Instant at = Instant.parse("2026-11-20T00:00:00Z");
        return context.getBean(Sql.class).queryOne("INSERT INTO vulnerability_finding (source, finding_key, scope, "
                + "region, title, severity, cve, resource_type, resource_id, packages, source_state, first_seen_at, "
                + "last_seen_at, updated_at) VALUES ('INSPECTOR', ?, 'inspector:ap-northeast-1', 'ap-northeast-1', ?, "
                + "'HIGH', 'CVE-2026-0001', 'AWS_LAMBDA_FUNCTION', 'arn:aws:lambda:ap-northeast-1:110987654321:function:"
                + "ResasOps-Api', ?, 'ACTIVE', ?, ?, ?) RETURNING id", row -> row.getLong(1), key, "finding " + key,
                packages, at, at, at).orElseThrow();
    }

    @Test
    void theBuildsOwnSbom_listsWhatItRuns_andTheCheckMatchesAFindingOnIt() throws Exception {
        JsonNode bom;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SbomCheckService.RESOURCE)) {
            assertThat(in).as("the functions build's SBOM on the class path").isNotNull();
            bom = new ObjectMapper().readTree(in);
        }
        assertThat(bom.get("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(bom.get("metadata").get("component").get("name").asText()).isEqualTo("resas-ops-functions");

        String jackson = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
        long ours = finding("jackson", "com.fasterxml.jackson.core:jackson-databind " + jackson + " → 99.0.0");
        long runtime = finding("openssl", "openssl 3.0.8 → 3.0.9");

        CheckingSbom.Result result = context.getBean(SbomCheckService.class).checkDeployed().orElseThrow();

        assertThat(result.components()).isGreaterThan(100);
        assertThat(result.findingsChecked()).isEqualTo(2);
        assertThat(result.ours()).singleElement().satisfies(m -> {
            assertThat(m.findingId()).isEqualTo(ours);
            assertThat(m.packageName()).isEqualTo("com.fasterxml.jackson.core:jackson-databind");
            assertThat(m.purl()).startsWith("pkg:maven/com.fasterxml.jackson.core/jackson-databind@" + jackson);
        });
        assertThat(result.notOurs()).containsExactly(runtime);
    }
}
