package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.resas.ops.ledger.configuration.ConfigurationDiff;
import jp.resas.ops.ledger.configuration.ConfigurationSnapshots;
import jp.resas.ops.ledger.configuration.ConfigurationSource;
import jp.resas.ops.ledger.configuration.ConfiguredResource;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The security forms (issue 17) in Chromium: an administrator corrects a seeded EOS date (the page says which
 * were never reviewed); an upgrade planned with its change request, its test recorded and completed by someone
 * other than the tester; a patch recorded and verified by someone other than who recorded it. For each: the happy
 * path, a refused role (no form, and a forged post answered 403), and bad input or a stale version shown on the page
 * in Japanese with what was typed, nothing written.
 */
@MicronautTest(transactional = false, environments = "security-forms-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityFormsBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;
    @Inject
    ConfigurationSnapshots snapshots;

    Browser browser;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @BeforeAll
    void start() {
        browser = new Browser(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    private void set(String id, String value) {
        browser.driver().executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
    }

    private String value(String css) {
        return browser.find(css).getAttribute("value");
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session"))
                .header("Origin", server.getURL().toString()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String text(String query, Object... params) {
        return sql.queryOne(query, r -> r.getString(1), params).orElse(null);
    }

    private long number(String query, Object... params) {
        return sql.queryOne(query, r -> r.getLong(1), params).orElseThrow();
    }

    @Test
    void anAdministratorCorrectsASeededDate_badUrlAndStaleVersionRefused_anOperatorCannot() throws Exception {
        long id = number("SELECT id FROM eos_item WHERE product_version = 'java21'");
        long unreviewed = number("SELECT count(*) FROM eos_item WHERE NOT reviewed AND retired_at IS NULL");
        // V106's seven RESAS Ops rows and V117's eight rows of AWS's Lambda runtime table for RESAS
        assertThat(unreviewed).isEqualTo(15);

        browser.loginAs("kato", "operator").open("/portal/eos");
        assertThat(browser.find("#unreviewed").getText()).contains(unreviewed + " 件").contains("照合していません");
        assertThat(browser.all("table tbody tr .tag-warning")).extracting(e -> e.getText()).contains("未確認");
        browser.click("a[href='/portal/eos/" + id + "']");
        assertThat(browser.find("h1").getText()).contains("java21");
        assertThat(browser.all("#save")).isEmpty();
        HttpResponse<String> forged = post("/portal/eos/" + id, "version=0&system=RESAS_OPS&category=LAMBDA_RUNTIME"
                + "&name=x&productVersion=java21&endsOn=2030-01-01&sourceUrl=https://example.com/");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(text("SELECT ends_on::text FROM eos_item WHERE id = ?", id)).isEqualTo("2029-06-30");

        browser.loginAs("yamada", "admin").open("/portal/eos/" + id);
        assertThat(browser.find("#unreviewed").getText()).contains("まだ確認されていません");
        assertThat(browser.find("#review").getText()).isEqualTo("未確認（初期登録のまま）");
        browser.checkPage("eos-item-unreviewed");

        set("field-endsOn", "2029-07-31");
        browser.type("#field-sourceUrl", "ftp://example.com/lambda-runtimes").click("#save");
        assertThat(browser.find(".notice-error").getText()).contains("入力内容を確認してください");
        assertThat(browser.find("#field-sourceUrl").findElement(org.openqa.selenium.By.xpath(".."))
                .getText()).contains("「出典の URL」には").contains("https:// から始まる URL").doesNotContain("sourceUrl");
        assertThat(value("#field-endsOn")).isEqualTo("2029-07-31");
        assertThat(value("#field-sourceUrl")).isEqualTo("ftp://example.com/lambda-runtimes");
        browser.checkRefusedPage("eos-item-bad-url", 400);
        assertThat(text("SELECT ends_on::text || ' ' || reviewed FROM eos_item WHERE id = ?", id)).isEqualTo("2029-06-30 false");

        browser.open("/portal/eos/" + id);
        set("field-endsOn", "2029-07-31");
        sql.update("UPDATE eos_item SET version = version + 1 WHERE id = ?", id);
        browser.click("#save");
        assertThat(browser.text()).contains("他の人が先に変更しました");
        assertThat(value("#field-endsOn")).isEqualTo("2029-07-31");
        browser.checkRefusedPage("eos-item-stale", 409);
        assertThat(text("SELECT ends_on::text || ' ' || reviewed FROM eos_item WHERE id = ?", id)).isEqualTo("2029-06-30 false");

        browser.open("/portal/eos/" + id);
        browser.type("#field-note", "出典の Deprecation date を 2026-11-28 に確認。").click("#save");
        assertThat(browser.url()).endsWith("/portal/eos/" + id);
        assertThat(browser.all("#unreviewed")).isEmpty();
        assertThat(browser.find("#review").getText()).startsWith("yamada、");
        assertThat(text("SELECT reviewed_by || ' ' || reviewed FROM eos_item WHERE id = ?", id)).isEqualTo("yamada true");
        browser.checkPage("eos-item-reviewed");
        browser.open("/portal/eos");
        assertThat(browser.find("#unreviewed").getText()).contains((unreviewed - 1) + " 件");
        browser.checkPage("eos-calendar-unreviewed");
    }

    @Test
    void anAdministratorAddsWhatResasRunsOn_aBadDateRefusedWithWhatWasTyped_anOperatorCannot() throws Exception {
        long before = number("SELECT count(*) FROM eos_item");
        browser.loginAs("kato", "operator").open("/portal/eos");
        assertThat(browser.all("#add-item")).isEmpty();
        HttpResponse<String> forged = post("/portal/eos/new", "system=RESAS&category=DATABASE&name=x&productVersion=14"
                + "&endsOn=2028-02-29&sourceUrl=https://example.com/");
        assertThat(forged.statusCode()).isEqualTo(403);
        browser.open("/portal/eos/new");
        assertThat(browser.text()).contains("権限がありません");
        assertThat(number("SELECT count(*) FROM eos_item")).isEqualTo(before);

        browser.loginAs("yamada", "admin").open("/portal/eos").click("#add-item");
        assertThat(browser.url()).endsWith("/portal/eos/new");
        new org.openqa.selenium.support.ui.Select(browser.find("#field-system")).selectByValue("RESAS");
        new org.openqa.selenium.support.ui.Select(browser.find("#field-category")).selectByValue("DATABASE");
        browser.type("#field-name", "Amazon Aurora PostgreSQL（RESAS 本番）").type("#field-productVersion", "14")
                .type("#field-sourceUrl", "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/")
                .type("#field-note", "RESAS の設計書で版を確認。");
        set("field-endsOn", "1999-12-31");
        browser.click("#add");
        assertThat(browser.find(".notice-error").getText()).contains("入力内容を確認してください");
        assertThat(browser.find("#field-endsOn").findElement(org.openqa.selenium.By.xpath("..")).getText())
                .contains("「サポート終了日」は 2000 年から 2100 年").doesNotContain("endsOn");
        assertThat(value("#field-name")).isEqualTo("Amazon Aurora PostgreSQL（RESAS 本番）");
        assertThat(value("#field-system")).isEqualTo("RESAS");
        browser.checkRefusedPage("eos-new-refused", 400);
        assertThat(number("SELECT count(*) FROM eos_item")).isEqualTo(before);

        set("field-endsOn", "2028-02-29");
        browser.click("#add");
        long id = number("SELECT id FROM eos_item WHERE system = 'RESAS' AND product_version = '14'");
        assertThat(browser.url()).endsWith("/portal/eos/" + id);
        assertThat(browser.all("#unreviewed")).isEmpty();
        assertThat(browser.find("#review").getText()).startsWith("yamada、");
        assertThat(text("SELECT category || ' ' || ends_on::text || ' ' || reviewed_by || ' ' || reviewed FROM eos_item"
                + " WHERE id = ?", id)).isEqualTo("DATABASE 2028-02-29 yamada true");
        browser.checkPage("eos-item-added");
    }

    @Test
    void whatResasRuns_fromTheConfigurationLedger_isShownApartFromOps_anUnregisteredVersionCountedAndAdded() {
        Map<String, String> node = Map.of("Runtime", "nodejs22.x");
        snapshots.insert(ConfigurationSource.AWS, java.time.Instant.now(), "test", "in-use", List.of(
                new ConfiguredResource("resas-prod/cloudformation:ap-northeast-1", "Api", "Search", "resas-search",
                        "AWS::Lambda::Function", Map.of("Runtime", "java17"), Map.of()),
                new ConfiguredResource("resas-prod/cloudformation:ap-northeast-1", "Api", "Edge", "resas-edge",
                        "AWS::Lambda::Function", node, Map.of()),
                new ConfiguredResource("resas-prod/cloudformation:ap-northeast-1", "Data", "Cluster", "resas-db",
                        "AWS::RDS::DBCluster", Map.of("Engine", "aurora-postgresql", "EngineVersion", "15.4"), Map.of()),
                new ConfiguredResource("cloudformation:ap-northeast-1", "ResasOps-Api", "OpsApi", "ops-api",
                        "AWS::Lambda::Function", Map.of("Runtime", "java21"), Map.of())),
                List.of(), null, ConfigurationDiff.NONE);

        browser.loginAs("yamada", "admin").open("/portal/eos");
        assertThat(browser.find("#in-use-table-RESAS").getText()).contains("lambda:java17", "未登録", "lambda:nodejs22.x",
                "2027-04-30", "aurora-postgresql:15.4").doesNotContain("java21");
        assertThat(browser.find("#in-use-table-RESAS_OPS").getText()).contains("lambda:java21", "2029-06-30");
        assertThat(browser.find("#unregistered-RESAS").getText()).contains("2 件");
        browser.checkPage("eos-in-use");

        browser.click("#in-use-table-RESAS a[href*='runtimeKey=lambda%3Ajava17']");
        assertThat(value("#field-runtimeKey")).isEqualTo("lambda:java17");
        assertThat(value("#field-system")).isEqualTo("RESAS");
        browser.type("#field-name", "AWS Lambda Java 17 ランタイム")
                .type("#field-sourceUrl", "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html");
        set("field-endsOn", "2026-06-30");
        browser.click("#add");
        browser.open("/portal/eos");
        assertThat(browser.find("#unregistered-RESAS").getText()).contains("1 件");
        assertThat(browser.find("#in-use-table-RESAS").getText()).contains("AWS Lambda Java 17 ランタイム java17");
    }

    @Test
    void anUpgradeIsPlannedTestedAndCompletedBySomeoneElse_refusalsShownOnThePage() throws Exception {
        long item = number("INSERT INTO eos_item (system, category, name, product_version, ends_on, source_url, reviewed_by, "
                + "reviewed_at) VALUES ('RESAS_OPS', 'LIBRARY', 'Micronaut Framework', '4', current_date + 60, "
                + "'https://micronaut.io/', 'yamada', now()) RETURNING id");
        long change = number("INSERT INTO ticket (kind, title, priority, status, requester, created_at) VALUES "
                + "('CHANGE_REQUEST', 'Micronaut 4 → 5 への更新', 'MEDIUM', 'DRAFT', 'sato', now()) RETURNING id");

        browser.loginAs("ito", "viewer").open("/portal/eos/" + item);
        assertThat(browser.all("#plan")).isEmpty();
        assertThat(post("/portal/eos/" + item + "/upgrades", "changeRequestId=" + change + "&targetVersion=5.0")
                .statusCode()).isEqualTo(403);
        assertThat(number("SELECT count(*) FROM eos_upgrade WHERE item_id = ?", item)).isZero();

        browser.loginAs("sato", "operator").open("/portal/eos/" + item);
        browser.type("#field-changeRequestId", "CR-999999").type("#field-targetVersion", "5.0").click("#plan");
        assertThat(browser.find(".notice-error").getText()).contains("変更要求 999999 はありません");
        assertThat(value("#field-changeRequestId")).isEqualTo("CR-999999");
        assertThat(value("#field-targetVersion")).isEqualTo("5.0");
        browser.checkRefusedPage("eos-upgrade-plan-refused", 400);
        assertThat(number("SELECT count(*) FROM eos_upgrade WHERE item_id = ?", item)).isZero();

        browser.type("#field-changeRequestId", "CR-" + change).click("#plan");
        assertThat(browser.find("#upgrades").getText()).contains("CR-" + change).contains("5.0").contains("計画");
        browser.checkPage("eos-upgrade-planned");
        long upgrade = number("SELECT id FROM eos_upgrade WHERE item_id = ?", item);

        browser.type("#field-environment", "検証環境（staging）").choose("#field-result", "合格")
                .type("#field-summary", "全 API の結合試験と管理画面の操作を実施、問題なし");
        sql.update("UPDATE eos_upgrade SET version = version + 1 WHERE id = ?", upgrade);
        browser.click("#record-test");
        assertThat(browser.text()).contains("他の人が先に変更しました");
        assertThat(value("#field-environment")).isEqualTo("検証環境（staging）");
        browser.checkRefusedPage("eos-upgrade-test-stale", 409);
        assertThat(text("SELECT status FROM eos_upgrade WHERE id = ?", upgrade)).isEqualTo("PLANNED");

        browser.open("/portal/eos/" + item);
        browser.type("#field-environment", "検証環境（staging）").choose("#field-result", "合格")
                .type("#field-summary", "全 API の結合試験と管理画面の操作を実施、問題なし").click("#record-test");
        assertThat(browser.find("#upgrades").getText()).contains("試験済").contains("合格").contains("sato");

        browser.click("#complete");
        assertThat(browser.find(".notice-error").getText()).contains("承認・実施されていません");
        browser.checkRefusedPage("eos-upgrade-change-not-done", 409);
        sql.update("UPDATE ticket SET status = 'IMPLEMENTED' WHERE id = ?", change);
        browser.open("/portal/eos/" + item).click("#complete");
        assertThat(browser.find(".notice-error").getText()).contains("試験を記録した本人");
        browser.checkRefusedPage("eos-upgrade-complete-sod", 403);
        assertThat(text("SELECT status FROM eos_upgrade WHERE id = ?", upgrade)).isEqualTo("TESTED");

        browser.loginAs("kato", "operator").open("/portal/eos/" + item).click("#complete");
        assertThat(browser.find("#upgrades").getText()).contains("完了").contains("kato");
        assertThat(text("SELECT status || ' ' || done_by FROM eos_upgrade WHERE id = ?", upgrade)).isEqualTo("DONE kato");
        assertThat(text("SELECT (retired_at IS NOT NULL)::text FROM eos_item WHERE id = ?", item)).isEqualTo("true");
        browser.checkPage("eos-upgrade-done");
    }

    @Test
    void aPatchIsRecordedAndVerifiedBySomeoneElse_closingItsFinding() throws Exception {
        long finding = number("INSERT INTO vulnerability_finding (source, finding_key, scope, region, title, severity, cve, "
                + "cvss, fix_available, resource_type, resource_id, packages, first_seen_at, last_seen_at, updated_at, status, "
                + "triaged_by, triaged_at) VALUES ('INSPECTOR', 'arn:f1', 'inspector:ap-northeast-1', 'ap-northeast-1', "
                + "'commons-io の XmlStreamReader によるサービス妨害', 'HIGH', 'CVE-2024-47554', 7.5, true, "
                + "'AWS_LAMBDA_FUNCTION', 'ResasOps-Api', 'commons-io:commons-io 2.14.0 → 2.14.1', now(), now(), now(), "
                + "'TRIAGED', 'kato', now()) RETURNING id");

        browser.loginAs("ito", "viewer").open("/portal/patches");
        assertThat(browser.all("#new-patch")).isEmpty();
        browser.open("/portal/patches/new");
        assertThat(browser.text()).contains("権限");
        browser.checkRefusedPage("patch-new-refused", 403);
        assertThat(post("/portal/patches", "title=x&target=y&environment=PRODUCTION&appliedAt=2026-11-01T10:00")
                .statusCode()).isEqualTo(403);
        assertThat(number("SELECT count(*) FROM patch_record")).isZero();

        browser.loginAs("sato", "operator").open("/portal/patches").click("#new-patch");
        browser.checkPage("patch-new");
        browser.type("#field-title", "commons-io 2.14.0 → 2.18.0").type("#field-target", "ResasOps-Api ほか 14 関数")
                .type("#field-findingIds", "#" + finding);
        set("field-appliedAt", "2099-01-01T10:00");
        browser.click("#record");
        assertThat(browser.find(".notice-error").getText()).contains("未来の日時は指定できません");
        assertThat(value("#field-title")).isEqualTo("commons-io 2.14.0 → 2.18.0");
        assertThat(value("#field-findingIds")).isEqualTo("#" + finding);
        assertThat(value("#field-appliedAt")).isEqualTo("2099-01-01T10:00");
        browser.checkRefusedPage("patch-new-refused-future", 400);
        assertThat(number("SELECT count(*) FROM patch_record")).isZero();

        set("field-appliedAt", "2026-11-20T10:00");
        browser.click("#record");
        long patch = number("SELECT id FROM patch_record");
        assertThat(browser.url()).endsWith("/portal/patches/" + patch);
        assertThat(browser.find("h1").getText()).contains("commons-io 2.14.0 → 2.18.0");
        assertThat(browser.text()).contains("2026-11-20 10:00").contains("#" + finding);
        assertThat(text("SELECT applied_at = TIMESTAMPTZ '2026-11-20 01:00:00+00' FROM patch_record")).isEqualTo("t");

        browser.click("#verify");
        assertThat(browser.find(".notice-error").getText()).contains("適用・記録した本人は確認できません");
        browser.checkRefusedPage("patch-verify-sod", 403);
        assertThat(text("SELECT status FROM vulnerability_finding WHERE id = ?", finding)).isEqualTo("TRIAGED");

        browser.loginAs("suzuki", "approver").open("/portal/patches/" + patch);
        sql.update("UPDATE patch_record SET version = version + 1 WHERE id = ?", patch);
        browser.click("#verify");
        assertThat(browser.text()).contains("他の人が先に変更しました");
        browser.checkRefusedPage("patch-verify-stale", 409);
        assertThat(number("SELECT count(*) FROM patch_record WHERE verified_by IS NOT NULL")).isZero();

        browser.open("/portal/patches/" + patch).click("#verify");
        assertThat(browser.find("#verified").getText()).contains("suzuki");
        assertThat(browser.all("#verify")).isEmpty();
        assertThat(text("SELECT status FROM vulnerability_finding WHERE id = ?", finding)).isEqualTo("FIXED");
        browser.checkPage("patch-verified");
    }
}
