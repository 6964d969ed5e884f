package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A page whose template fails half-way answers the portal's 500 page instead of leaving the browser waiting (the
 * failure comes after 2,000 rendered lines, past what a streamed response would already have sent).
 */
@MicronautTest(transactional = false, environments = "broken-page-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageRenderingFailureTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @Requires(env = "broken-page-test")
    @Controller("/portal/broken-for-test")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class BrokenPage {

        @Get(produces = MediaType.TEXT_HTML)
        ModelAndView<Map<String, Object>> page(@Nullable Authentication authentication) {
            return Pages.view("broken-for-test", null, "", "壊れたページ", Map.of());
        }

        @Get(value = "/whole", produces = MediaType.TEXT_HTML)
        ModelAndView<Map<String, Object>> whole(@Nullable Authentication authentication) {
            return Pages.view("refused", null, "", "表示できるページ", "最後まで表示される本文");
        }
    }

    @Test
    void aTemplateFailingHalfWay_answersThePortals500Page_notAHangingResponse() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/portal/broken-for-test")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(answer.body()).contains("ページを表示できませんでした").doesNotContain("行 1999")
                .doesNotContain("noSuchProperty");
    }

    @Test
    void aWorkingPage_isStillServedWhole() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/portal/broken-for-test/whole")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("最後まで表示される本文").contains("</html>");
    }
}
