package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;

/**
 * The security pages (issue 17): the vulnerability list filtered and exported, one finding triaged, the
 * triager refused by segregation of duties when deciding (the refusal shown on the page), another approver
 * accepts; the EOS calendar with its seed, and the patch records with their export.
 */
@MicronautTest(transactional = false, environments = "security-pages-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityPagesBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @BeforeAll
    void start() {
        browser = new Browser(server.getURL().toString());
        Instant base = Instant.parse("2026-11-20T00:00:00Z");
        String[][] rows = {
                {"arn:b1", "CRITICAL", "CVE-2021-44228", "log4j-core の JNDI 参照によるリモートコード実行", "org.apache.logging.log4j:log4j-core 2.14.1 → 2.17.1"},
                {"arn:b2", "HIGH", "CVE-2024-47554", "commons-io の XmlStreamReader によるサービス妨害", "commons-io:commons-io 2.14.0 → 2.14.1"},
                {"arn:b3", "MEDIUM", "CVE-2025-00001", "netty-codec-http の入力検証不備", "io.netty:netty-codec-http 4.2.7.Final → 4.2.8.Final"},
                {"arn:b4", "CRITICAL", "CVE-2025-00003", "jackson-databind の逆シリアライズ", "com.fasterxml.jackson.core:jackson-databind 2.19.2 → 2.19.3"}};
        for (int i = 0; i < rows.length; i++) {
            Instant at = base.plusSeconds(3600L * i);
            sql.update("INSERT INTO vulnerability_finding (source, finding_key, scope, region, title, severity, cve, cvss, "
                    + "fix_available, resource_type, resource_id, packages, first_seen_at, last_seen_at, updated_at) VALUES "
                    + "('INSPECTOR', ?, 'inspector:ap-northeast-1', 'ap-northeast-1', ?, ?, ?, 9.8, true, 'AWS_LAMBDA_FUNCTION', "
                    + "'ResasOps-Api', ?, ?, ?, ?)", rows[i][0], rows[i][3], rows[i][1], rows[i][2], rows[i][4], at, at, at);
        }
        long fixing = sql.queryOne("UPDATE vulnerability_finding SET status = 'TRIAGED', triaged_by = 'kato', triaged_at = now() "
                + "WHERE finding_key = 'arn:b2' RETURNING id", r -> r.getLong(1)).orElseThrow();
        long patch = sql.queryOne("INSERT INTO patch_record (title, target, environment, applied_at, applied_by, recorded_by, "
                + "recorded_at, verified_by, verified_at) VALUES ('commons-io 2.14.0 → 2.14.1', 'ResasOps-Api ほか 14 関数', "
                + "'PRODUCTION', now() - interval '2 days', 'kato', 'kato', now(), 'tanaka', now()) RETURNING id",
                r -> r.getLong(1)).orElseThrow();
        sql.update("INSERT INTO patch_finding (patch_id, finding_id) VALUES (?, ?)", patch, fixing);
        sql.update("INSERT INTO patch_record (title, target, environment, applied_at, applied_by, recorded_by, recorded_at) "
                + "VALUES ('Aurora PostgreSQL 16.6 → 16.8 マイナーバージョンアップ', 'resas-ops-db', 'STAGING', now() - interval '1 day', "
                + "'sato', 'sato', now())");
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private List<List<String>> tableRows() {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.all("table tbody tr")) {
            rows.add(tr.findElements(org.openqa.selenium.By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        return rows;
    }

    private byte[] download(String path) throws Exception {
        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
        return answer.body();
    }

    private static List<List<String>> sheet(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() >= 3) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(c -> cells.add(format.formatCellValue(c)));
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    @Test
    void listFiltered_findingTriaged_triagerRefused_anotherApproverAccepts() throws Exception {
        browser.loginAs("sato", "operator", "approver").open("/portal/vulnerabilities");
        assertThat(tableRows()).hasSize(4);
        browser.checkPage("vulnerabilities");
        browser.choose("#field-severity", "CRITICAL").click("#filter");
        assertThat(tableRows()).hasSize(2).allMatch(r -> r.get(0).equals("CRITICAL"));
        assertThat(browser.url()).contains("severity=CRITICAL");
        List<List<String>> exported = sheet(download("/portal/vulnerabilities/export.xlsx?severity=CRITICAL"));
        assertThat(exported).hasSize(2).allMatch(r -> r.get(1).equals("CRITICAL"));

        browser.open("/portal/vulnerabilities?cve=CVE-2021-44228");
        browser.click("table tbody tr a");
        assertThat(browser.find("h1").getText()).contains("CVE-2021-44228");
        browser.checkPage("vulnerability");
        browser.click("#triage");
        assertThat(browser.text()).contains("トリアージ済").contains("sato");

        browser.type("#field-reason", "JNDI lookup を無効化済みのため影響なし").click("#accept");
        assertThat(browser.find(".notice-error").getText()).contains("トリアージした本人");
        browser.checkRefusedPage("vulnerability-sod-refused", 403);
        assertThat(sql.queryOne("SELECT status FROM vulnerability_finding WHERE finding_key = 'arn:b1'",
                r -> r.getString(1))).contains("TRIAGED");

        long id = sql.queryOne("SELECT id FROM vulnerability_finding WHERE finding_key = 'arn:b1'", r -> r.getLong(1))
                .orElseThrow();
        browser.loginAs("suzuki", "approver").open("/portal/vulnerabilities/" + id);
        browser.type("#field-reason", "JNDI lookup を無効化済みのため影響なし").click("#accept");
        assertThat(browser.text()).contains("リスク受容").contains("suzuki");
        assertThat(sql.queryOne("SELECT accepted_by FROM vulnerability_finding WHERE finding_key = 'arn:b1'",
                r -> r.getString(1))).contains("suzuki");
    }

    @Test
    void theEosCalendar_showsTheSeedWithSources_andThePatchRecords() throws Exception {
        browser.loginAs("kato", "viewer").open("/portal/eos");
        List<List<String>> calendar = tableRows();
        assertThat(calendar).anyMatch(r -> r.get(4).contains("java21") && r.get(0).startsWith("2029-06-30"));
        assertThat(browser.all("a[href='https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html']")).isNotEmpty();
        browser.checkPage("eos-calendar");
        assertThat(sheet(download("/portal/eos/export.xlsx"))).hasSize(calendar.size());

        browser.open("/portal/patches");
        List<List<String>> patches = tableRows();
        assertThat(patches).hasSize(2);
        assertThat(patches.get(1)).contains("commons-io 2.14.0 → 2.14.1", "本番", "tanaka");
        browser.checkPage("patches");
        browser.choose("#field-verified", "未確認").click("#filter");
        assertThat(tableRows()).singleElement().satisfies(r -> assertThat(r.get(3)).isEqualTo("検証"));
        assertThat(sheet(download("/portal/patches/export.xlsx?verified=false"))).singleElement()
                .satisfies(r -> assertThat(r.get(4)).isEqualTo("検証"));
    }
}
