package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.Actor;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.pipeline.Chunk;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.ApprovalService;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import jp.resas.ops.pipeline.infrastructure.PublishService;
import jp.resas.ops.pipeline.infrastructure.RoundService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;

/**
 * The data-update pages (in order: the rollback last, since it changes what is published) through a real browser: catalog, versions and the diff, rounds and their approval
 * (the planner refused), starting a run (a forged round refused), rollback by an approver only, the
 * データ更新一覧 / データ出典一覧 downloads; viewers see no write control.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DataPortalBrowserTest implements TestPropertyProvider {

    static final String DATASET = "vendor-visitors";

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
    PublishService publishing;
    @Inject
    RoundService rounds;
    @Inject
    RawStore raw;
    @Inject
    Sql sql;

    Browser browser;
    long draftRound;

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
    void twoPublishedVersionsAndADraftRound() throws IOException {
        http.toBlocking().exchange(HttpRequest.PUT("/datasets/" + DATASET, Map.of("name", "来訪者数",
                "publisher", "民間", "sourceKind", "S3_INBOX", "sourceRef", "inbox/vendor-visitors/",
                "menus", List.of("観光マップ"))).bearerAuth(TestPlatform.token("kato", "operator")));
        String csv;
        try (InputStream in = ProcessingSpecs.sample("vendor-visitors_2024.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        publish("v1", csv);
        publish("v2", csv.replace("8334449", "8334450"));
        draftRound = rounds.plan("2026年度 第3回", List.of(new RoundService.PlannedItem(DATASET, LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 10))), new Actor("kato", "127.0.0.1"));
        browser = new Browser(server.getURL().toString());
    }

    private void publish(String name, String csv) throws IOException {
        RunId run = pipeline.start(DATASET, null, "portal-data-" + name, null, "kato", true).id();
        raw.put("inbox/vendor-visitors/" + name + ".csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        for (Chunk chunk : pipeline.collect(run, "inbox/vendor-visitors/" + name + ".csv")) {
            pipeline.processChunk(run, chunk, null);
        }
        pipeline.complete(run);
        approvals.awaiting(run, "token-" + name);
        approvals.decide(run, "suzuki", true, "公開 " + name, "127.0.0.1");
        publishing.publish(run);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    private String currentVersion() {
        return sql.queryOne("SELECT v.number FROM dataset_current c JOIN dataset_version v ON v.id = c.version_id "
                + "WHERE c.dataset_id = ?", row -> row.getString(1), DATASET).orElseThrow();
    }

    private String roundStatus(long id) {
        return sql.queryOne("SELECT status FROM update_round WHERE id = ?", row -> row.getString(1), id).orElseThrow();
    }

    private int runs() {
        return sql.queryOne("SELECT count(*) FROM pipeline_run", row -> row.getInt(1)).orElseThrow();
    }

    private java.net.http.HttpResponse<String> post(String path, String cookie, String body) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create(server.getURL() + path)).header("Cookie", "resas_session=" + cookie)
                .header("Origin", server.getURL().toString()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path, String cookie) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create(server.getURL() + path)).header("Cookie", "resas_session=" + cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    @Order(1)
    void viewer_readsTheCatalogVersionsAndDiff_downloadsTheLists_andSeesNoWriteControl() throws Exception {
        browser.loginAs("sato", "viewer").open("/portal/");
        browser.click("nav.site-nav a[href='/portal/data']");
        assertThat(browser.find("h1").getText()).isEqualTo("データ更新");
        assertThat(browser.find("section[aria-labelledby=log-heading] table").getText()).contains("来訪者数").contains("公開");
        browser.checkPage("data-catalog");

        browser.click("a[href='/portal/data/datasets/" + DATASET + "']");
        assertThat(browser.find("#version-2").getText()).contains("公開中（現在）");
        assertThat(browser.find("#version-1").getText()).contains("旧版");
        assertThat(browser.find("#diff-heading").getText()).isEqualTo("版 2 の差分");
        assertThat(browser.find("table.diff tbody").getText()).isEqualTo("0 0 1");
        assertThat(browser.all("main form[method=post]")).isEmpty();
        browser.checkPage("data-dataset");

        browser.click("#version-1 a[href*='version=1']");
        assertThat(browser.text()).contains("最初の版です");

        browser.open("/portal/data/rounds");
        assertThat(browser.find("#round-" + draftRound).getText()).contains("計画中（承認待ち）").contains("公開済み 0 / 1 件");
        assertThat(browser.all("main form[method=post]")).isEmpty();
        browser.checkPage("data-rounds");

        String cookie = browser.cookies().get("resas_session");
        String log = get("/portal/data/update-log.csv", cookie);
        assertThat(log).contains("日時（JST）,種別,データセットID");
        assertThat(log.lines().filter(line -> line.contains(",PUBLISH," + DATASET + ",")).count()).isEqualTo(2);
        assertThat(get("/portal/data/sources.csv", cookie)).contains(DATASET + ",来訪者数,民間,S3_INBOX");
    }

    @Test
    @Order(2)
    void thePlannerIsRefusedApprovingTheirRound_anotherApproverApproves() {
        browser.loginAs("kato", "operator", "approver").open("/portal/data/rounds");
        browser.click("#approve-round-" + draftRound);

        assertThat(browser.find(".notice-error").getText()).contains("自分が計画した更新回は承認できません");
        assertThat(roundStatus(draftRound)).isEqualTo("DRAFT");
        browser.checkRefusedPage("data-round-sod-refused", 403);

        browser.loginAs("suzuki", "approver").open("/portal/data/rounds");
        browser.click("#approve-round-" + draftRound);
        assertThat(roundStatus(draftRound)).isEqualTo("APPROVED");
        assertThat(browser.find("#round-" + draftRound).getText()).contains("承認済み").contains("suzuki");
        browser.checkPage("data-round-approved");
    }

    @Test
    @Order(3)
    void operator_startsARun_andAForgedUnapprovedRoundIsRefused() throws Exception {
        long otherDraft = rounds.plan("承認前の更新回", List.of(new RoundService.PlannedItem(DATASET, LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 12))), new Actor("kato", "127.0.0.1"));
        browser.loginAs("ito", "operator").open("/portal/data/datasets/" + DATASET);
        assertThat(browser.all("#field-roundId option[value='" + otherDraft + "']")).isEmpty();
        int before = runs();

        browser.type("#field-referenceDate", "2026-11-30").click("#start-run");
        assertThat(browser.find("#field-roundId").findElement(org.openqa.selenium.By.xpath(
                "preceding-sibling::p[@class='error-message']")).getText()).contains("更新回を選ぶか");
        assertThat(browser.find("#field-referenceDate").getAttribute("value")).isEqualTo("2026-11-30");
        assertThat(runs()).isEqualTo(before);
        browser.checkRefusedPage("data-start-refused", 400);

        HttpResponse<String> forged = post("/portal/data/datasets/" + DATASET + "/runs", browser.cookies().get("resas_session"),
                "roundId=" + otherDraft);
        assertThat(forged.statusCode()).isEqualTo(409);
        assertThat(forged.body()).contains("承認されていないため");
        assertThat(runs()).isEqualTo(before);

        browser.click("#field-outOfRound").click("#start-run");
        assertThat(browser.url()).matches(".*/portal/approvals/runs/\\d+$");
        assertThat(runs()).isEqualTo(before + 1);
        assertThat(sql.queryOne("SELECT started_by FROM pipeline_run ORDER BY id DESC LIMIT 1", row -> row.getString(1))
                .orElseThrow()).isEqualTo("ito");
        assertThat(browser.find("h1").getText()).contains(DATASET);
        browser.checkPage("data-run-started");
    }

    @Test
    @Order(4)
    void onlyAnApproverRollsBack_withAReason() throws Exception {
        String operator = browser.loginAs("ito", "operator", "admin").cookies().get("resas_session");
        browser.open("/portal/data/datasets/" + DATASET);
        assertThat(browser.all("#rollback")).isEmpty();
        HttpResponse<String> forged = post("/portal/data/datasets/" + DATASET + "/rollback", operator, "comment=x");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(currentVersion()).isEqualTo("2");

        browser.loginAs("suzuki", "approver").open("/portal/data/datasets/" + DATASET);
        browser.click("#rollback");
        assertThat(browser.find("#field-comment").findElement(org.openqa.selenium.By.xpath(
                "preceding-sibling::p[@class='error-message']")).getText()).contains("戻す理由");
        assertThat(currentVersion()).isEqualTo("2");
        browser.checkRefusedPage("data-rollback-refused", 400);

        browser.type("#field-comment", "版 2 の北海道の値に誤り").click("#rollback");
        assertThat(currentVersion()).isEqualTo("1");
        assertThat(browser.find("#version-1").getText()).contains("公開中（現在）");
        assertThat(browser.find("#version-2").getText()).contains("切り戻し済み");
        browser.checkPage("data-rolled-back");
        assertThat(sql.queryOne("SELECT approved_by || ' ' || note FROM data_update_log WHERE kind = 'ROLLBACK'",
                row -> row.getString(1)).orElseThrow()).isEqualTo("suzuki 版 2 の北海道の値に誤り");
    }
}
