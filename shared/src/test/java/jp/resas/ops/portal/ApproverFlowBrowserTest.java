package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.pipeline.Chunk;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.ApprovalService;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An approver reads a run's findings and approves it; the person who started it is refused (SoD). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApproverFlowBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    PipelineService pipeline;
    @Inject
    ApprovalService approvals;
    @Inject
    RawStore raw;
    @Inject
    Sql sql;

    Browser browser;
    long runId;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        try {
            properties.put("resas.pipeline.raw-dir", Files.createTempDirectory("raw").toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    @BeforeAll
    void aRunAwaitingApproval() throws IOException {
        http.toBlocking().exchange(HttpRequest.PUT("/datasets/vendor-visitors", Map.of("name", "来訪者数",
                "publisher", "民間", "sourceKind", "S3_INBOX", "sourceRef", "inbox/vendor-visitors/",
                "menus", List.of("観光マップ"))).bearerAuth(TestPlatform.token("kato", "operator")));
        RunId run = pipeline.start("vendor-visitors", null, "portal-run", null, "kato", true).id();
        try (InputStream in = ProcessingSpecs.sample("vendor-visitors_2024.csv")) {
            raw.put("inbox/vendor-visitors/portal.csv", in);
        }
        for (Chunk chunk : pipeline.collect(run, "inbox/vendor-visitors/portal.csv")) {
            pipeline.processChunk(run, chunk, null);
        }
        pipeline.complete(run);
        approvals.awaiting(run, "token");
        runId = run.value();
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private String decidedBy() {
        return sql.queryOne("SELECT coalesce(decided_by, '') FROM pipeline_run WHERE id = ?", row -> row.getString(1), runId)
                .orElse(null);
    }

    @Test
    void starterIsRefusedWithTheSodMessage_thenAnotherApproverApproves() {
        browser.loginAs("kato", "operator", "approver").open("/portal/approvals/runs/" + runId);
        browser.type("#field-comment", "自分で確認しました").click("button[value=approve]");

        assertThat(browser.find(".notice-error").getText()).contains("自分が開始した実行は承認・却下できません");
        assertThat(browser.find("#field-comment").getAttribute("value")).isEqualTo("自分で確認しました");
        assertThat(decidedBy()).isEmpty();
        browser.checkRefusedPage("run-sod-refused", 403);

        browser.loginAs("suzuki", "approver").open("/portal/");
        browser.click("section[aria-labelledby=awaiting] a[href='/portal/approvals/runs/" + runId + "']");
        assertThat(browser.find("h1").getText()).contains("vendor-visitors");
        assertThat(browser.text()).contains("観測値").contains("検証結果");
        browser.checkPage("run-awaiting-approval");

        browser.type("#field-comment", "検証結果を確認、公開して問題なし").click("button[value=approve]");

        assertThat(decidedBy()).isEqualTo("suzuki");
        assertThat(browser.text()).contains("検証結果を確認、公開して問題なし");
        assertThat(browser.all("button[value=approve]")).isEmpty();
        browser.checkPage("run-approved");
    }

    @Test
    void operatorWithoutTheApproverRole_seesNoDecisionButtons_andIsRefusedByTheServer() {
        browser.loginAs("ito", "operator").open("/portal/approvals/runs/" + runId);

        assertThat(browser.all("button[value=approve]")).isEmpty();
        assertThat(browser.find("#findings-heading").getText()).isEqualTo("検証結果");
    }

    @Test
    void findingsCsv_isOfferedWithTheFilters() {
        browser.loginAs("sato", "viewer").open("/portal/approvals/runs/" + runId + "?severity=ERROR");

        assertThat(browser.find("a.button.secondary").getAttribute("href"))
                .endsWith("/portal/approvals/runs/" + runId + "/findings.csv?severity=ERROR");
        String csv = http.toBlocking().retrieve(HttpRequest.GET("/portal/approvals/runs/" + runId + "/findings.csv")
                .cookie(io.micronaut.http.cookie.Cookie.of("resas_session", browser.cookies().get("resas_session"))));
        assertThat(csv).startsWith("severity,rule,file,line,column,value,message");
    }
}
