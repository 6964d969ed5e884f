package jp.resas.ops.ledger.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.ledger.account.ReviewingAccounts;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.TestPlatform;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * アカウント棚卸し over HTTP on a real PostgreSQL: a system's list imported (a bad line refused whole),
 * a round with the flagged accounts first and business-hour due times, decisions by operators only, and
 * the completion by an approver who decided nothing in it — tried around in every way we could think of.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountReviewApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("micronaut.http.client.read-timeout", "60s");
        return properties;
    }

    private Api api() {
        return new Api(http);
    }

    private long count(String table, String where) {
        return sql.queryOne("SELECT count(*) FROM " + table + " WHERE " + where, row -> row.getLong(1)).orElseThrow();
    }

    private Api.Answer importCsv(String fileName, String csv, String user, String... groups) {
        return api().send(HttpRequest.POST("/ledgers/accounts/import?fileName=" + fileName,
                csv.getBytes(StandardCharsets.UTF_8)).contentType("text/csv"), user, groups);
    }

    private static String recent() {
        return LocalDate.now().minusDays(3).toString();
    }

    /** A fresh system per test, so the rounds of one test do not see another's accounts decided. */
    private long roundOf(String system) {
        String csv = "system,account,name,groups,lastUsedAt,mfa\n"
                + system + ",tanaka,田中 一郎,総務;閲覧," + recent() + ",true\n"
                + system + ",old-admin,旧管理者,管理者,2025-01-10,true\n"
                + system + ",suzuki,鈴木 花子,閲覧," + recent() + ",false\n";
        assertThat(importCsv(system + ".csv", csv, "sato", "operator").status()).isEqualTo(201);
        // other tests' systems are in the ledger too: retire them so this round holds only this system
        sql.update("UPDATE review_account SET status = 'GONE' WHERE system <> ?", system);
        Api.Answer round = api().post("/ledgers/account-reviews", Map.of(), "sato", "operator");
        assertThat(round.status()).as(round.body().toString()).isEqualTo(201);
        return round.body().at("/round/id").asLong();
    }

    private JsonNode round(long id) {
        return api().get("/ledgers/account-reviews/" + id, "kato", "viewer").body();
    }

    private Api.Answer decide(long round, JsonNode item, String decision, String user, String... groups) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("note", decision.equals("CHANGE") ? "閲覧のみに変更" : "確認済み");
        body.put("version", item.at("/item/version").asLong());
        return api().put("/ledgers/account-reviews/" + round + "/items/" + item.at("/item/id").asLong(), body, user, groups);
    }

    private void decideAll(long round, String user, String... groups) {
        for (JsonNode item : round(round).get("items")) {
            assertThat(decide(round, item, "KEEP", user, groups).status()).isEqualTo(200);
        }
    }

    private Api.Answer complete(long round, String user, String... groups) {
        return api().post("/ledgers/account-reviews/" + round + "/complete",
                Map.of("version", round(round).at("/round/version").asLong()), user, groups);
    }

    @Test
    void aBadLine_refusesTheWholeFile_namingLineAndField_andStoresNothing() {
        long before = count("review_account", "true");
        Api.Answer refused = importCsv("groupware.csv", "system,account,lastUsedAt,mfa\n"
                + "groupware,a,2026-09-01,true\n" + "groupware,b,2026/13/45,false\n", "sato", "operator");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("field").asText()).isEqualTo("line 3: lastUsedAt");
        assertThat(refused.get("message").asText()).contains("groupware.csv 3 行目 (lastUsedAt)").contains("2026/13/45");
        assertThat(count("review_account", "true")).isEqualTo(before);

        Api.Answer twice = importCsv("g.csv", "system,account\ngroupware,a\ngroupware,a\n", "sato", "operator");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.get("field").asText()).isEqualTo("line 3: account");
        assertThat(importCsv("g.csv", "system,account\ngroupware,a\n", "kato", "viewer").status()).isEqualTo(403);
        assertThat(importCsv("g.csv", "system,account\ngroupware,a\n", "ito", "approver").status()).isEqualTo(403);
        assertThat(count("review_account", "true")).isEqualTo(before);
    }

    @Test
    void aSecondImport_marksGoneWhatTheListNoLongerHas_andTheListFilters() {
        importCsv("hr.csv", "system,account,name\nhr,yamada,山田\nhr,kimura,木村\n", "sato", "operator");
        Api.Answer second = importCsv("hr.csv", "system,account,name\nhr,yamada,山田 太郎\n", "sato", "operator");

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body().at("/gone/hr").get(0).asText()).isEqualTo("kimura");
        Api.Answer gone = api().get("/ledgers/accounts?system=hr&status=GONE", "kato", "viewer");
        assertThat(gone.get("items")).extracting(n -> n.get("key").asText()).containsExactly("kimura");
        Api.Answer page = api().get("/ledgers/accounts?system=hr&limit=1", "kato", "viewer");
        assertThat(page.get("items")).hasSize(1);
        Api.Answer next = api().get("/ledgers/accounts?system=hr&limit=1&cursor=" + page.get("nextCursor").asText(),
                "kato", "viewer");
        assertThat(next.get("items")).extracting(n -> n.get("key").asText()).containsExactly("kimura");
        assertThat(count("audit_log", "action = 'account.import' AND actor = 'sato'")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRound_listsTheFlaggedFirst_withShorterBusinessHourDueTimes() {
        long id = roundOf("flags");
        JsonNode round = round(id);

        assertThat(round.at("/round/title").asText()).isEqualTo(ReviewingAccounts.quarterTitle(LocalDate.now(
                java.time.ZoneId.of("Asia/Tokyo"))));
        assertThat(round.at("/round/slaBusinessHours").asInt()).isEqualTo(80);
        List<JsonNode> items = List.copyOf(iterable(round.get("items")));
        assertThat(items).extracting(i -> i.at("/item/account/key").asText())
                .containsExactly("old-admin", "suzuki", "tanaka");
        assertThat(items.get(0).at("/item/flags").get(0).asText()).isEqualTo("UNUSED_90_DAYS");
        assertThat(items.get(1).at("/item/flags").get(0).asText()).isEqualTo("NO_MFA");
        assertThat(items.get(2).at("/item/flags")).isEmpty();
        // flagged: half the business hours; SLA left is counted in business time only
        assertThat(items.get(0).get("businessMinutesLeft").asLong()).isLessThanOrEqualTo(40 * 60)
                .isGreaterThan(39 * 60);
        assertThat(items.get(2).get("businessMinutesLeft").asLong()).isLessThanOrEqualTo(80 * 60)
                .isGreaterThan(79 * 60);
        assertThat(items.get(0).at("/item/dueAt").asText()).isLessThan(items.get(2).at("/item/dueAt").asText());
    }

    @Test
    void decisions_areTheOperators_andAChangeSaysHow() {
        long id = roundOf("roles");
        JsonNode item = round(id).get("items").get(0);

        assertThat(decide(id, item, "KEEP", "ito", "approver").status()).isEqualTo(403);
        assertThat(decide(id, item, "KEEP", "kato", "viewer").status()).isEqualTo(403);
        assertThat(decide(id, item, "KEEP", "root", "admin").status()).isEqualTo(403);
        Api.Answer noNote = api().put("/ledgers/account-reviews/" + id + "/items/" + item.at("/item/id").asLong(),
                Map.of("decision", "CHANGE", "version", item.at("/item/version").asLong()), "sato", "operator");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.get("field").asText()).isEqualTo("note");

        Api.Answer decided = decide(id, item, "REMOVE", "sato", "operator");
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.get("decision").asText()).isEqualTo("REMOVE");
        assertThat(decided.get("decidedBy").asText()).isEqualTo("sato");
        // a second writer who read the item before is refused
        Api.Answer stale = decide(id, item, "KEEP", "takahashi", "operator");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.get("error").asText()).isEqualTo("STALE_VERSION");
        assertThat(count("audit_log", "action = 'account-review.decide' AND target_id = '" + item.at("/item/id").asLong()
                + "' AND details->>'new' = 'REMOVE'")).isEqualTo(1);
    }

    @Test
    void anItemOfAnotherRound_cannotBeDecidedThroughThisOne() {
        long first = roundOf("cross-a");
        long second = roundOf("cross-b");
        JsonNode itemOfFirst = round(first).get("items").get(0);

        Api.Answer crossed = decide(second, itemOfFirst, "KEEP", "sato", "operator");

        assertThat(crossed.status()).isEqualTo(404);
        assertThat(count("account_review_item", "id = " + itemOfFirst.at("/item/id").asLong() + " AND decision IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void someoneWhoDecided_cannotComplete_evenWithBothRoles_orAfterAnotherChangedTheirDecision() {
        long id = roundOf("sod");
        JsonNode first = round(id).get("items").get(0);
        // yoshida holds both roles: decides one account as operator
        assertThat(decide(id, first, "KEEP", "yoshida", "operator", "approver").status()).isEqualTo(200);
        // another operator overwrites that decision and decides the rest
        assertThat(decide(id, round(id).get("items").get(0), "REMOVE", "sato", "operator").status()).isEqualTo(200);
        decideAll(id, "sato", "operator");

        Api.Answer bySato = complete(id, "sato", "operator", "approver");
        assertThat(bySato.status()).isEqualTo(403);
        assertThat(bySato.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        Api.Answer byYoshida = complete(id, "yoshida", "operator", "approver");
        assertThat(byYoshida.status()).isEqualTo(403);
        assertThat(byYoshida.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        assertThat(complete(id, "takahashi", "operator").status()).isEqualTo(403);
        assertThat(round(id).at("/round/status").asText()).isEqualTo("OPEN");

        Api.Answer byIto = complete(id, "ito", "approver");
        assertThat(byIto.status()).isEqualTo(200);
        assertThat(byIto.body().at("/round/status").asText()).isEqualTo("COMPLETED");
        assertThat(byIto.body().at("/round/completedBy").asText()).isEqualTo("ito");
    }

    @Test
    void aCompletedRound_takesNoDecision_andCompletionNeedsEveryDecisionAndTheLatestVersion() {
        long id = roundOf("closing");
        JsonNode item = round(id).get("items").get(0);
        assertThat(decide(id, item, "KEEP", "sato", "operator").status()).isEqualTo(200);

        Api.Answer undecided = complete(id, "ito", "approver");
        assertThat(undecided.status()).isEqualTo(409);
        assertThat(undecided.get("error").asText()).isEqualTo("UNDECIDED");

        long readVersion = round(id).at("/round/version").asLong();
        decideAll(id, "sato", "operator");
        // the approver read the round before the last decisions: refused
        Api.Answer stale = api().post("/ledgers/account-reviews/" + id + "/complete", Map.of("version", readVersion),
                "ito", "approver");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(complete(id, "ito", "approver").status()).isEqualTo(200);

        JsonNode decided = round(id).get("items").get(0);
        Api.Answer after = decide(id, decided, "REMOVE", "sato", "operator");
        assertThat(after.status()).isEqualTo(409);
        assertThat(after.get("error").asText()).isEqualTo("ROUND_COMPLETED");
        assertThat(round(id).get("items").get(0).at("/item/decision").asText()).isEqualTo("KEEP");
        assertThat(count("audit_log", "action = 'account-review.complete' AND actor = 'ito' AND target_id = '" + id + "'"))
                .isEqualTo(1);
    }

    @Test
    void theWorkbook_isTheReviewSheet_withJapaneseHeadings() throws Exception {
        long id = roundOf("sheet");
        HttpResponse<byte[]> response = http.toBlocking().exchange(HttpRequest.GET("/ledgers/account-reviews/" + id
                + "/export.xlsx").bearerAuth(TestPlatform.token("kato", "viewer")), byte[].class);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheet("アカウント棚卸し表");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("システム");
            assertThat(sheet.getRow(3).getCell(10).getStringCellValue()).isEqualTo("判定");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("old-admin");
            assertThat(sheet.getRow(4).getCell(8).getStringCellValue()).isEqualTo("90日以上未使用");
            assertThat(sheet.getRow(4).getCell(10).getStringCellValue()).isEqualTo("未判定");
            assertThat(sheet.getRow(5).getCell(6).getStringCellValue()).isEqualTo("無");
        }
        assertThat(response.getContentType().map(MediaType::toString).orElse("")).contains("spreadsheetml");
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> out = new java.util.ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
