package jp.resas.ops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

/**
 * The served /openapi.yml states 201 (and a 400 in the error shape) for every POST that creates
 * something, the ones answering {@code HttpResponse.created}: tickets of each kind and their comments,
 * incidents and their notes, attachments, maintenance windows, update rounds, pipeline runs, analytics imports.
 */
@PlatformTest
class OpenApiStatusTest {

    static final List<String> CREATING_POSTS = List.of("/work-requests", "/work-requests/{id}/comments",
            "/inquiries", "/inquiries/{id}/comments", "/issues", "/issues/{id}/comments", "/change-requests",
            "/change-requests/{id}/comments", "/incidents", "/incidents/{id}/notes", "/inquiries/{id}/attachments",
            "/maintenance-windows", "/rounds", "/pipeline/runs", "/access/analytics-export");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    io.micronaut.web.router.Router router;

    @Test
    void everyCreatingPost_states201_and400() {
        String yaml = http.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/openapi.yml"), String.class);

        List<String> missing = new ArrayList<>();
        for (String path : CREATING_POSTS) {
            List<String> codes = postResponseCodes(yaml, path);
            if (!codes.contains("201") || !codes.contains("400")) {
                missing.add(path + " " + codes);
            }
        }
        assertThat(missing).as("POSTs without 201/400 in /openapi.yml").isEmpty();
    }

    /**
     * Every operation in the served description that needs a token states 401, and every one limited to
     * some roles states 403 too, read from each route's {@code @Secured} here (not from the code that adds
     * them): an operation missing from the description, or missing a code, fails.
     */
    @Test
    void everyOperationNeedingATokenOrARole_states401And403() {
        String yaml = http.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/openapi.yml"), String.class);
        java.util.Map<String, java.util.Set<String>> stated = OpenApiRefusals.stated(yaml);

        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var route : router.uriRoutes().toList()) {
            // HEAD is answered for every GET by the framework; routes of libraries are not our API.
            if (route.getHttpMethod() == io.micronaut.http.HttpMethod.HEAD
                    || !route.getDeclaringType().getName().startsWith("jp.resas.ops.")
                    || route.getDeclaringType().isAnnotationPresent(io.swagger.v3.oas.annotations.Hidden.class)
                    || route.getAnnotationMetadata().hasAnnotation(io.swagger.v3.oas.annotations.Hidden.class)) {
                continue;
            }
            List<String> rules = List.of(route.getAnnotationMetadata().stringValues(
                    io.micronaut.security.annotation.Secured.class));
            if (rules.contains(io.micronaut.security.rules.SecurityRule.IS_ANONYMOUS)) {
                continue;
            }
            String template = route.getUriMatchTemplate().toPathString();
            String path = (template.contains("{?") ? template.substring(0, template.indexOf("{?")) : template)
                    .replaceAll("\\{(\\w+):[^}]*}", "{$1}"); // a variable's pattern ({id:[0-9]+}) is not in the document
            String key = route.getHttpMethod().name().toLowerCase(java.util.Locale.ROOT) + " " + path;
            java.util.Set<String> codes = stated.get(key);
            boolean roles = !rules.equals(List.of(io.micronaut.security.rules.SecurityRule.IS_AUTHENTICATED));
            if (codes == null || !codes.contains("401") || (roles && !codes.contains("403"))) {
                missing.add(key + " " + codes);
            }
            checked++;
        }
        assertThat(checked).as("operations checked").isGreaterThan(100);
        assertThat(missing).as("operations without 401/403 in /openapi.yml").isEmpty();
        assertThat(stated.get("get /rounds")).contains("200", "401", "403");
        assertThat(stated.get("get /health")).doesNotContain("401");
    }

    /** The response codes of {@code post:} under {@code path}, read from the YAML's indentation. */
    private static List<String> postResponseCodes(String yaml, String path) {
        List<String> codes = new ArrayList<>();
        boolean inPath = false;
        boolean inPost = false;
        for (String line : yaml.split("\n")) {
            if (line.startsWith("  /")) {
                inPath = line.equals("  " + path + ":");
                inPost = false;
            } else if (inPath && line.startsWith("    ") && !line.startsWith("     ")) {
                inPost = line.equals("    post:");
            } else if (inPost && line.matches(" {8}\"\\d{3}\":")) {
                codes.add(line.strip().substring(1, 4));
            }
        }
        return codes;
    }
}
