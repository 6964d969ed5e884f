package jp.resas.ops.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.resas.ops.functions.bench.ColdStartProbe;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the ops API's cold start to its first {@code GET /health} loads, in a fresh JVM as {@code bench coldstart}
 * runs it ({@link ColdStartProbe}, the handler's no-argument constructor, the function's environment), counted with
 * {@code -Xlog:class+load}: no YAML, no management endpoint, no JSON serializer of another route's answer, and a
 * bound on the count (issue 18; a count, never a duration).
 */
class ApiColdStartClassesTest {

    /**
     * Measured 2026-11-29 on the module's test class path (more jars than the {@code api} asset): 10,252 before the
     * change, 9,867 after, deterministic across runs (from the asset: 9,032 and 8,648). YAML's loader alone coming
     * back would add ~170; the bound leaves room for small library updates, not for the removed parts.
     */
    private static final int BOUND = 10_000;

    /** API Gateway HTTP API payload 2.0 for {@code GET /health}, as {@code bench coldstart} sends it. */
    private static final String HEALTH = """
            {"version":"2.0","routeKey":"$default","rawPath":"/health","rawQueryString":"",
             "headers":{"accept":"application/json","host":"api.example.com"},
             "requestContext":{"accountId":"123456789012","apiId":"api","domainName":"api.example.com",
               "http":{"method":"GET","path":"/health","protocol":"HTTP/1.1","sourceIp":"203.0.113.9",
                 "userAgent":"coldstart"},"requestId":"coldstart","routeKey":"$default","stage":"$default",
               "time":"01/Jan/2026:00:00:00 +0000","timeEpoch":1767225600000},
             "isBase64Encoded":false}
            """;

    @Test
    void theFirstHealthAnswer_loadsNoYamlNoManagementEndpointNoOtherRoutesJson_andStaysUnderItsBound(
            @TempDir Path dir) throws Exception {
        Path event = Files.writeString(dir.resolve("health.json"), HEALTH);
        Path answer = dir.resolve("answer.json");
        Path classes = dir.resolve("classes.log");
        Path output = dir.resolve("output.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1",
                "-Xlog:class+load=info:file=" + classes, "-cp", System.getProperty("java.class.path"),
                ColdStartProbe.class.getName(), OpsApiHandler.class.getName(), event.toString(), answer.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("RESAS_") || name.startsWith("AWS_"));
        // Nothing listens on port 1: /health answers without the database, and the pool does not connect at start.
        builder.environment().put("RESAS_DB_URL", "jdbc:postgresql://127.0.0.1:1/resas");
        builder.environment().put("RESAS_DB_USER", "postgres");
        builder.environment().put("RESAS_DB_PASSWORD", "postgres");
        builder.environment().put("RESAS_JWT_SECRET", TestPlatform.SECRET);
        builder.environment().put("AWS_REGION", "ap-northeast-1");
        Process child = builder.start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("the child JVM answered").isTrue();

        String answered = Files.readString(answer);
        assertThat(child.exitValue()).as(answered + Files.readString(output)).isZero();
        assertThat(answered).contains("\"statusCode\":200").contains("{\\\"status\\\":\\\"UP\\\"}");
        List<String> loaded;
        try (var lines = Files.lines(classes, StandardCharsets.UTF_8)) {
            loaded = lines.filter(line -> line.contains("source:"))
                    .map(line -> line.substring(line.indexOf("] ") + 2, line.indexOf(" source:"))).toList();
        }
        assertThat(loaded).as("classes loaded").contains(OpsApiHandler.class.getName())
                .noneMatch(name -> name.startsWith("org.yaml.snakeyaml.")
                        || name.startsWith("io.micronaut.context.env.yaml."))
                .noneMatch(name -> name.startsWith("io.micronaut.management.endpoint.") && name.endsWith("$Definition")
                        && name.lastIndexOf('.') > "io.micronaut.management.endpoint.".length())
                // Another route's answer: its JSON serializer is built at that route's first use, not at start.
                .doesNotContain("jp.resas.ops.incident.web.IncidentView");
        assertThat(loaded.size()).as("classes loaded by the API's cold start to /health").isLessThanOrEqualTo(BOUND);
    }
}
