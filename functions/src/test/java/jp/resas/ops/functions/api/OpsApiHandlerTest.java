package jp.resas.ops.functions.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import jp.resas.ops.functions.platform.FunctionBeans;
import jp.resas.ops.functions.platform.InProcessContext;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.functions.platform.MigratedDatabase;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The controllers answer API Gateway HTTP API (payload 2.0) events inside Lambda as they do locally. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpsApiHandlerTest {

    private ApplicationContext context;
    private OpsApiHandler handler;

    @BeforeAll
    void start() {
        context = LambdaPlatform.start(Map.of("RESAS_DB_URL", MigratedDatabase.newDatabase(), "RESAS_DB_USER", "postgres",
                "RESAS_DB_PASSWORD", "postgres", "RESAS_JWT_SECRET", TestPlatform.SECRET), FunctionBeans.API, (arn, host, db) -> {
                    throw new AssertionError("no secret should be read");
                });
        handler = new OpsApiHandler(context);
    }

    @AfterAll
    void stop() {
        handler.close();
    }

    private APIGatewayV2HTTPResponse call(String path, String token) {
        Map<String, String> headers = new HashMap<>();
        if (token != null) {
            headers.put("authorization", "Bearer " + token);
        }
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("$default").withRawPath(path).withRawQueryString("")
                .withHeaders(headers)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET").withPath(path).withSourceIp("203.0.113.9").build())
                        .withStage("$default").build())
                .build();
        return handler.handleRequest(event, new InProcessContext("ops-api"));
    }

    @Test
    void health_answersWithoutAToken_andWithoutTouchingTheDatabase() {
        APIGatewayV2HTTPResponse response = call("/health", null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"status\":\"UP\"").doesNotContain("database");
    }

    @Test
    void priming_beforeASnapStartSnapshot_answersHealthThroughTheWholeRequestPath() {
        assertThat(handler.prime()).isEqualTo(200);
    }

    @Test
    void deepHealthCheck_withoutAToken_is401() {
        assertThat(call("/health/database", null).getStatusCode()).isEqualTo(401);
    }

    @Test
    void deepHealthCheck_withAToken_reachesTheDatabase() {
        APIGatewayV2HTTPResponse response = call("/health/database", TestPlatform.token("kato", "viewer"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"database\":\"UP\"");
    }

    @Test
    void thePortalsStylesheet_isServedWithoutAToken_asTheWebSettingsGivenInsteadOfApplicationYmlSay() {
        APIGatewayV2HTTPResponse response = call("/portal/static/portal.css", null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("text/css");
    }

    @Test
    void incidents_withoutAToken_is401() {
        assertThat(call("/incidents", null).getStatusCode()).isEqualTo(401);
    }

    @Test
    void incidents_withAViewerToken_listsThem() {
        APIGatewayV2HTTPResponse response = call("/incidents", TestPlatform.token("kato", "viewer"));

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"items\"").contains("\"nextCursor\"");
    }
}
