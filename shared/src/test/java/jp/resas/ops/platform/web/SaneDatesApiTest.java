package jp.resas.ops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates and instants that come in (bodies, query parameters, path variables) are refused outside the
 * years 2000–2100 by one rule ({@code common/SaneDates}): 400 INVALID_INPUT naming the field.
 */
@PlatformTest
class SaneDatesApiTest {

    @Inject
    EmbeddedServer server;

    @ParameterizedTest(name = "{0} {1} → {3}")
    @CsvSource(delimiter = '|', value = {
        "POST | /maintenance-windows | {'title':'m','kind':'PLANNED','services':['Aurora'],'startsAt':'1900-12-01T22:00:00+09:00','endsAt':'2026-12-01T23:00:00+09:00'} | startsAt",
        "POST | /maintenance-windows | {'title':'m','kind':'PLANNED','services':['Aurora'],'startsAt':'2026-12-01T22:00:00+09:00','endsAt':'9999-12-01T23:00:00+09:00'} | endsAt",
        "POST | /inquiries | {'title':'t','priority':'LOW','dueDate':'1899-12-31','fields':{'requesterKind':'OWNER','channel':'EMAIL','body':'b'}} | dueDate",
        "PUT | /datasets/sane-dates | {'name':'n','publisher':'p','sourceKind':'ESTAT_API','sourceRef':'r','nextRelease':'9999-01-01'} | nextRelease",
        "POST | /rounds | {'name':'r','items':[{'dataset':'d','collectOn':'1999-12-31','publishBy':'2026-12-10'}]} | items[0].collectOn",
        "POST | /pipeline/runs | {'dataset':'d','outOfRound':true,'referenceDate':'2101-01-01'} | referenceDate",
        "PUT | /calendar/closed-days/1999-01-04 | {'reason':'r'} | day",
        "PUT | /costs/budgets/1999-01 | {'thresholds':[100]} | month",
        "GET | /costs?month=1999-12 | | month",
        "GET | /audit?from=1999-12-31 | | from",
        "GET | /audit?until=2101-01-01T00:00:00Z | | until",
    })
    void yearsOutside2000To2100_are400_namingTheField(String method, String path, String body, String field)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Authorization", "Bearer " + TestPlatform.token("sato", "operator", "approver", "admin"));
        if (body == null) {
            request.GET();
        } else {
            request.method(method, BodyPublishers.ofString(body.replace('\'', '"'))).header("Content-Type", "application/json");
        }
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = new ObjectMapper().readTree(response.body());
        assertThat(error.get("error").asText()).isEqualTo("INVALID_INPUT");
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).contains("2000 年から 2100 年");
    }
}
