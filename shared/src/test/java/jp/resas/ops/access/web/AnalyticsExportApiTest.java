package jp.resas.ops.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

/** The owner's analytics export for a month: imported by an operator, shown in the month's access report. */
@PlatformTest
class AnalyticsExportApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = AnalyticsExportApiTest.class.getResourceAsStream("/analytics/" + name)) {
            return in.readAllBytes();
        }
    }

    private MutableHttpRequest<byte[]> upload(String month, String fileName, byte[] content) {
        return HttpRequest.POST("/access/analytics-export?month=" + month + "&fileName=" + fileName, content)
                .contentType(MediaType.of("text/csv"));
    }

    private Api.Answer send(MutableHttpRequest<?> request, String... groups) {
        return new Api(http).send(request, "sato", groups);
    }

    @Test
    void operatorImport_isShownInTheMonthsAccessReport() throws IOException {
        Api.Answer imported = send(upload("2026-11", "ga4_ja.csv", sample("ga4_ja.csv")), "operator");

        assertThat(imported.status()).isEqualTo(201);
        Api.Answer report = new Api(http).get("/access?month=2026-11", "kato", "viewer");
        assertThat(report.body().at("/analytics/views").asLong()).isEqualTo(26665);
        assertThat(report.body().at("/analytics/users").asLong()).isEqualTo(4567 + 3001 + 2100 + 512);
        assertThat(report.body().at("/analytics/topPages/1/page").asText()).isEqualTo("/graph/population/composition");
        assertThat(report.body().at("/analytics/importedBy").asText()).isEqualTo("sato");
    }

    @Test
    void reimport_replacesTheMonth() throws IOException {
        send(upload("2026-10", "ga4_ja.csv", sample("ga4_ja.csv")), "operator");

        send(upload("2026-10", "ga4_en_bom.csv", sample("ga4_en_bom.csv")), "admin");

        assertThat(new Api(http).get("/access?month=2026-10", "kato", "viewer").body().at("/analytics/views").asLong())
                .isEqualTo(160);
    }

    @Test
    void badFile_is400NamingTheFile_andKeepsWhatWasThere() throws IOException {
        send(upload("2026-09", "ga4_en_bom.csv", sample("ga4_en_bom.csv")), "operator");

        Api.Answer refused = send(upload("2026-09", "bad.csv",
                "Page,Views\n/,lots\n".getBytes(StandardCharsets.UTF_8)), "operator");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("field").asText()).isEqualTo("file");
        assertThat(refused.get("message").asText()).contains("bad.csv 2 行目");
        assertThat(new Api(http).get("/access?month=2026-09", "kato", "viewer").body().at("/analytics/fileName")
                .asText()).isEqualTo("ga4_en_bom.csv");
    }

    @Test
    void viewerAndApprover_cannotImport() throws IOException {
        assertThat(send(upload("2026-08", "a.csv", sample("ga4_en_bom.csv")), "viewer").status()).isEqualTo(403);
        assertThat(send(upload("2026-08", "a.csv", sample("ga4_en_bom.csv")), "approver").status()).isEqualTo(403);
        assertThat(sql.queryOne("SELECT count(*) FROM access_analytics_import WHERE month = '2026-08'",
                row -> row.getInt(1))).contains(0);
    }

    @Test
    void monthWithoutImport_hasNoAnalytics() {
        assertThat(new Api(http).get("/access?month=2025-01", "kato", "viewer").body().get("analytics").isNull())
                .isTrue();
    }
}
