package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.Actor;
import jp.resas.ops.ledger.account.infrastructure.AccountReviewService;
import jp.resas.ops.ledger.configuration.ConfigurationReading;
import jp.resas.ops.ledger.configuration.ConfigurationSource;
import jp.resas.ops.ledger.configuration.ConfiguredResource;
import jp.resas.ops.ledger.configuration.MissingScope;
import jp.resas.ops.ledger.configuration.infrastructure.ConfigurationService;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Browser;
import jp.resas.ops.testutils.TestPlatform;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;

/**
 * The ledgers through the pages (issue 16): the configuration ledger's snapshots filtered by account, stack
 * and period (a reversed period refused beside the field), one snapshot's diff and the scopes not read, the
 * snapshots before and after a change request with the diff between them (a later "before" refused beside
 * the field); the account review from the start of a round to its completion — decisions per account with
 * a comment, a change without one refused, completion refused while undecided and refused to whoever
 * decided (segregation of duties, from the page), done by another approver; the asset ledger's filters;
 * each .xlsx downloaded and read; viewers see no write control and their forged posts are refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerPagesBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;
    @Inject
    ConfigurationService configuration;
    @Inject
    AccountReviewService accounts;
    @Inject
    @Client("/")
    io.micronaut.http.client.HttpClient http;

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

    private static ConfiguredResource function(int memory) {
        return new ConfiguredResource("cloudformation:ap-northeast-1", "ResasOps-Api", "ApiFunction",
                "resas-ops-api", "AWS::Lambda::Function", Map.of("MemorySize", String.valueOf(memory),
                        "Environment.Variables.TZ", "Asia/Tokyo"), Map.of("Owner", "ops"));
    }

    private static ConfiguredResource bucket(String owner) {
        return new ConfiguredResource("resas-prod/cloudformation:ap-northeast-1", "ResasData", "RawBucket",
                "resas-data-raw", "AWS::S3::Bucket", Map.of("VersioningConfiguration.Status", "Enabled"),
                Map.of("Owner", owner));
    }

    private long store(List<ConfiguredResource> resources, List<MissingScope> missing) {
        return configuration.store(ConfigurationSource.AWS, new ConfigurationReading(resources, missing),
                Actor.system("configuration-snapshot")).snapshotId();
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private int forgedPost(String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Cookie", "resas_session=" + browser.cookies().get("resas_session"))
                .header("Origin", server.getURL().toString()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static List<String> firstColumn(List<WebElement> rows) {
        return rows.stream().map(r -> r.findElement(org.openqa.selenium.By.tagName("td")).getText()).toList();
    }

    @Test
    void configurationLedger_filters_diff_andAChangeRequestsBeforeAndAfter() throws Exception {
        long first = store(List.of(function(512), bucket("data")), List.of());
        long second = store(List.of(function(1024), bucket("data")), List.of(new MissingScope("cloudformation:us-east-1",
                "AccessDenied: not authorized to perform: cloudformation:DescribeStacks")));
        long third = store(List.of(function(1024), bucket("data-team")), List.of());

        browser.loginAs("tanaka", "viewer").open("/portal/");
        browser.click("nav.site-nav a[href='/portal/ledgers/assets']");
        browser.click("nav.sub-nav a[href='/portal/ledgers/configuration']");
        assertThat(firstColumn(browser.all("#snapshots tbody tr"))).contains("スナップショット " + third,
                "スナップショット " + second, "スナップショット " + first);
        browser.checkPage("configuration-snapshots");

        browser.choose("#field-account", "resas-prod").click("form.filters button");
        assertThat(browser.url()).contains("account=resas-prod");
        assertThat(firstColumn(browser.all("#snapshots tbody tr"))).contains("スナップショット " + third,
                "スナップショット " + first).doesNotContain("スナップショット " + second);
        browser.open("/portal/ledgers/configuration?stack=ResasOps-Api");
        assertThat(firstColumn(browser.all("#snapshots tbody tr"))).contains("スナップショット " + second,
                "スナップショット " + first).doesNotContain("スナップショット " + third);
        browser.checkPage("configuration-snapshots-by-stack");
        String today = LocalDate.now(Jst.ZONE).toString();
        browser.open("/portal/ledgers/configuration?from=" + today + "&to=" + LocalDate.now(Jst.ZONE).minusDays(1));
        assertThat(browser.find(".field.has-error #field-to")).isNotNull();
        assertThat(browser.find("#field-from").getAttribute("value")).isEqualTo(today);
        browser.checkRefusedPage("configuration-snapshots-refused", 400);

        browser.open("/portal/ledgers/configuration?stack=ResasOps-Api");
        browser.click("a[href='/portal/ledgers/configuration/snapshots/" + second + "']");
        assertThat(browser.find("#diff").getText()).contains("MemorySize", "512", "1024").doesNotContain("tag:Owner");
        assertThat(browser.text()).contains("取得できなかった範囲", "cloudformation:us-east-1");
        assertThat(browser.find("#previous").getText()).isEqualTo("スナップショット " + first);
        browser.checkPage("configuration-snapshot");
        browser.open("/portal/ledgers/configuration/snapshots/" + third + "?account=-");
        assertThat(browser.all("#diff")).isEmpty();
        assertThat(browser.find("#resources").getText()).contains("ResasOps-Api").doesNotContain("ResasData");
        HttpResponse<byte[]> xlsx = download("/portal/ledgers/configuration/snapshots/" + third + "/export.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("構成管理台帳")).isNotNull();
            assertThat(book.getSheet("変更差分").getLastRowNum()).isPositive();
        }

        long change = new Api(http).post("/change-requests", Map.of("title", "API のメモリ増量", "priority", "MEDIUM",
                "fields", Map.of("changeKind", "CONFIGURATION", "target", "resas-ops-api", "reason", "応答遅延の解消")),
                "kato", "operator").id();
        browser.open("/portal/ledgers/configuration/change-requests/" + change);
        assertThat(browser.find("#before").getText()).isEqualTo("記録されていません");
        assertThat(browser.all("section[aria-labelledby=link-heading]")).isEmpty();
        assertThat(forgedPost("/portal/ledgers/configuration/change-requests/" + change,
                "version=0&before=" + first + "&after=" + second)).isEqualTo(403);

        browser.loginAs("kato", "operator").open("/portal/change-requests/" + change);
        assertThat(browser.all("#configuration-link")).hasSize(1);
        browser.click("#configuration-link");
        select("#field-before", second);
        select("#field-after", first);
        browser.click("section[aria-labelledby=link-heading] button");
        assertThat(browser.find(".field.has-error #field-after")).isNotNull();
        assertThat(browser.find(".field.has-error").getText()).contains("より後に取得された");
        browser.checkRefusedPage("configuration-change-request-refused", 400);
        assertThat(sql.queryOne("SELECT count(*) FROM change_request_snapshot WHERE ticket_id = ?", row -> row.getLong(1),
                change).orElseThrow()).isZero();
        select("#field-before", first);
        select("#field-after", third);
        browser.click("section[aria-labelledby=link-heading] button");
        assertThat(browser.find("#before").getText()).startsWith("スナップショット " + first);
        assertThat(browser.find("#after").getText()).startsWith("スナップショット " + third);
        assertThat(browser.find("#between").getText()).contains("MemorySize", "tag:Owner", "data-team");
        browser.checkPage("configuration-change-request");
    }

    @Test
    void accountReview_decidedPerAccount_theDeciderRefused_anotherApproverCompletes() throws Exception {
        String csv = "system,account,name,groups,lastUsedAt,createdOn,mfa\n"
                + "groupware,suzuki,鈴木 一郎,総務;管理者,2026-01-05,2024-04-01,true\n"
                + "groupware,yamada,山田 花子,分析,\"" + LocalDate.now(Jst.ZONE).minusDays(2) + "\",2024-04-01,false\n"
                + "groupware,takahashi,高橋 次郎,分析," + LocalDate.now(Jst.ZONE).minusDays(1) + ",2024-04-01,true\n";
        accounts.importCsv("groupware.csv", csv.getBytes(StandardCharsets.UTF_8), Actor.system("test"));

        browser.loginAs("kato", "operator", "approver").open("/portal/ledgers/account-reviews");
        browser.type("#field-slaBusinessHours", "0").click("section[aria-labelledby=start-heading] button");
        assertThat(browser.find(".field.has-error #field-slaBusinessHours")).isNotNull();
        browser.checkRefusedPage("account-reviews-refused", 400);
        browser.type("#field-title", "2026年度 第3四半期 棚卸し（画面試験）").type("#field-slaBusinessHours", "")
                .click("section[aria-labelledby=start-heading] button");
        long round = Long.parseLong(browser.url().replaceAll(".*/", ""));
        List<String> order = browser.all("#items tbody tr").stream().map(r -> r.getText()).toList();
        int suzuki = indexOf(order, "suzuki");
        int yamada = indexOf(order, "yamada");
        int takahashi = indexOf(order, "takahashi");
        assertThat(suzuki).isLessThan(takahashi);
        assertThat(yamada).isLessThan(takahashi);
        assertThat(order.get(suzuki)).contains("90日以上未使用");
        assertThat(order.get(yamada)).contains("MFA なし");
        browser.checkPage("account-review");

        long suzukiItem = item(round, "suzuki");
        long yamadaItem = item(round, "yamada");
        long takahashiItem = item(round, "takahashi");
        browser.choose("#field-decision-" + yamadaItem, "権限変更");
        browser.click("#decide-" + yamadaItem);
        assertThat(browser.find(".field.has-error #field-note-" + yamadaItem)).isNotNull();
        browser.checkRefusedPage("account-review-decision-refused", 400);
        decide(yamadaItem, "無効化", "MFA を設定するまで無効化");
        decide(suzukiItem, "削除", "退職済み");

        browser.loginAs("sato", "approver").open("/portal/ledgers/account-reviews/" + round);
        assertThat(browser.all("#decide-" + takahashiItem)).isEmpty();
        browser.click("#complete-round");
        assertThat(browser.find(".notice-error").getText()).contains("判定されていないアカウントが 1 件あります");
        browser.checkRefusedPage("account-review-undecided", 409);

        browser.loginAs("kato", "operator", "approver").open("/portal/ledgers/account-reviews/" + round);
        decide(takahashiItem, "継続", "");
        browser.click("#complete-round");
        assertThat(browser.find(".notice-error").getText()).contains("この棚卸しで判定した人は棚卸しを完了 (承認) できません");
        assertThat(status(round)).isEqualTo("OPEN");
        browser.checkRefusedPage("account-review-sod-refused", 403);

        browser.loginAs("sato", "approver").open("/portal/ledgers/account-reviews/" + round);
        browser.click("#complete-round");
        assertThat(status(round)).isEqualTo("COMPLETED");
        assertThat(browser.find("#round-status").getText()).isEqualTo("完了");
        assertThat(browser.find("#items").getText()).contains("無効化", "MFA を設定するまで無効化", "削除", "継続");
        browser.checkPage("account-review-completed");
        HttpResponse<byte[]> xlsx = download("/portal/ledgers/account-reviews/" + round + "/export.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder cells = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells.toString()).contains("yamada", "無効化", "sato");
        }

        browser.loginAs("tanaka", "viewer").open("/portal/ledgers/account-reviews/" + round);
        assertThat(browser.all("#items form")).isEmpty();
        assertThat(browser.all("#complete-round")).isEmpty();
        browser.open("/portal/ledgers/account-reviews");
        assertThat(browser.all("section[aria-labelledby=start-heading]")).isEmpty();
        browser.checkPage("account-reviews");
        assertThat(forgedPost("/portal/ledgers/account-reviews/" + round + "/items/" + takahashiItem,
                "version=1&decision=REMOVE&note=x")).isEqualTo(403);
        assertThat(forgedPost("/portal/ledgers/account-reviews", "title=x")).isEqualTo(403);
        assertThat(sql.queryOne("SELECT decision FROM account_review_item WHERE id = ?", row -> row.getString(1),
                takahashiItem).orElseThrow()).isEqualTo("KEEP");
    }

    @Test
    void assetLedger_filteredInTheUrl_andItsWorkbook() throws Exception {
        Api.Answer created = new Api(http).post("/ledgers/assets", Map.of("kind", "LICENCE", "name", "人口推計 利用規約",
                "owner", "データ班", "provider", "総務省統計局", "endsOn", LocalDate.now(Jst.ZONE).plusDays(20).toString(),
                "permittedUse", "出典を記載して公開"), "kato", "operator");
        assertThat(created.status()).isEqualTo(201);

        browser.loginAs("tanaka", "viewer").open("/portal/ledgers/assets");
        browser.choose("#field-kind", "ライセンス").type("#field-q", "人口推計").click("form.filters button");
        assertThat(browser.url()).contains("kind=LICENCE");
        assertThat(browser.find("#assets").getText()).contains("人口推計 利用規約", "総務省統計局", "期限間近");
        browser.checkPage("assets");
        browser.open("/portal/ledgers/assets?kind=SHIP");
        assertThat(browser.find(".field.has-error #field-kind")).isNotNull();
        browser.checkRefusedPage("assets-refused", 400);
        HttpResponse<byte[]> xlsx = download("/portal/ledgers/assets/export.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("資産管理台帳")).isNotNull();
        }
    }

    private void select(String css, long snapshot) {
        new org.openqa.selenium.support.ui.Select(browser.find(css)).selectByValue(String.valueOf(snapshot));
    }

    private void decide(long item, String decision, String note) {
        browser.choose("#field-decision-" + item, decision);
        browser.type("#field-note-" + item, note).click("#decide-" + item);
        assertThat(browser.find("#item-" + item).getText()).contains(decision);
    }

    private long item(long round, String account) {
        return sql.queryOne("SELECT i.id FROM account_review_item i JOIN review_account a ON a.id = i.account_id "
                + "WHERE i.round_id = ? AND a.account_key = ?", row -> row.getLong(1), round, account).orElseThrow();
    }

    private String status(long round) {
        return sql.queryOne("SELECT status FROM account_review_round WHERE id = ?", row -> row.getString(1), round)
                .orElseThrow();
    }

    private static int indexOf(List<String> rows, String account) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).contains(account)) {
                return i;
            }
        }
        throw new AssertionError(account + " not listed in " + rows);
    }
}
