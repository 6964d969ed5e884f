package jp.resas.ops.ledger.asset.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The asset ledger over HTTP on a real PostgreSQL: roles, versions, keyset pages, CSV import, audit. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        // The first workbook loads POI's OOXML schema classes: seconds on a busy machine.
        properties.put("micronaut.http.client.read-timeout", "60s");
        return properties;
    }

    private Api api() {
        return new Api(http);
    }

    private static Map<String, Object> licence(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "LICENCE");
        body.put("name", name);
        body.put("owner", "データ班 佐藤");
        body.put("provider", "株式会社ナビタイムジャパン");
        body.put("startsOn", "2025-04-01");
        body.put("endsOn", "2026-03-31");
        body.put("cost", 1200000);
        body.put("renewalOn", "2026-02-28");
        body.put("noticeDays", 30);
        body.put("permittedUse", "RESAS での集計値の公開に限る");
        return body;
    }

    private long count(String table, String where) {
        return sql.queryOne("SELECT count(*) FROM " + table + " WHERE " + where, row -> row.getLong(1)).orElseThrow();
    }

    @Test
    void operatorEntersALicence_everyoneReadsIt_andTheAuditKeepsTheValues() {
        Api.Answer created = api().post("/ledgers/assets", licence("経路検索条件データ"), "sato", "operator");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.get("kind").asText()).isEqualTo("LICENCE");
        assertThat(created.get("key").asText()).isEqualTo("経路検索条件データ");
        assertThat(created.body().at("/terms/costUnit").asText()).isEqualTo("JPY");
        assertThat(created.body().at("/terms/noticeDays").asInt()).isEqualTo(30);
        assertThat(created.get("origin").asText()).isEqualTo("MANUAL");
        Api.Answer read = api().get("/ledgers/assets/" + created.id(), "kato", "viewer");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().at("/terms/provider").asText()).isEqualTo("株式会社ナビタイムジャパン");
        assertThat(count("audit_log", "action = 'asset.create' AND target_id = '" + created.id()
                + "' AND details->'new'->>'permittedUse' = 'RESAS での集計値の公開に限る'")).isEqualTo(1);
    }

    @Test
    void theLedgersShareOnePrefix_theOldAssetPathIsGone() {
        assertThat(api().get("/ledgers/assets", "kato", "viewer").status()).isEqualTo(200);
        assertThat(api().get("/ledger/assets", "kato", "viewer").status()).isEqualTo(404);
        assertThat(api().post("/ledger/assets", licence("古い経路"), "sato", "operator").status()).isEqualTo(404);
        assertThat(count("asset", "name = '古い経路'")).isZero();
    }

    @Test
    void viewerAndApprover_cannotWrite_andNothingIsStored() {
        long before = count("asset", "true");

        assertThat(api().post("/ledgers/assets", licence("閲覧者の登録"), "kato", "viewer").status()).isEqualTo(403);
        assertThat(api().post("/ledgers/assets", licence("承認者の登録"), "ito", "approver").status()).isEqualTo(403);
        assertThat(api().send(HttpRequest.POST("/ledgers/assets/import?fileName=a.csv",
                "kind,name,provider,endsOn\nLICENCE,x,y,2027-01-01\n".getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.of("text/csv")), "kato", "viewer").status()).isEqualTo(403);

        assertThat(count("asset", "true")).isEqualTo(before);
    }

    @Test
    void update_needsTheVersionRead_aStaleOneIs409_andTheAuditHasOldAndNew() {
        Api.Answer created = api().post("/ledgers/assets", licence("携帯電話位置情報データ"), "sato", "operator");
        Map<String, Object> change = licence("携帯電話位置情報データ");
        change.put("endsOn", "2027-03-31");
        change.put("version", created.version());

        Api.Answer updated = api().put("/ledgers/assets/" + created.id(), change, "suzuki", "admin");
        Api.Answer stale = api().put("/ledgers/assets/" + created.id(), change, "sato", "operator");
        change.remove("version");
        Api.Answer noVersion = api().put("/ledgers/assets/" + created.id(), change, "sato", "operator");

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.get("endsOn").asText()).isEqualTo("2027-03-31");
        assertThat(updated.version()).isEqualTo(created.version() + 1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.get("error").asText()).isEqualTo("STALE_VERSION");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.get("field").asText()).isEqualTo("version");
        assertThat(count("audit_log", "action = 'asset.update' AND target_id = '" + created.id()
                + "' AND details->'old'->>'endsOn' = '2026-03-31' AND details->'new'->>'endsOn' = '2027-03-31'"))
                .isEqualTo(1);
    }

    @Test
    void badEntries_are400NamingTheField() {
        Map<String, Object> noProvider = licence("提供元なし");
        noProvider.remove("provider");
        Map<String, Object> backwards = licence("逆順");
        backwards.put("startsOn", "2027-01-01");
        Map<String, Object> noEnd = licence("期限なし");
        noEnd.remove("endsOn");
        noEnd.remove("renewalOn");
        Map<String, Object> negative = licence("負の費用");
        negative.put("cost", -1);
        Map<String, Object> unknownChange = licence("存在しない変更要求");
        unknownChange.put("changeRequests", List.of(999999));

        assertThat(api().post("/ledgers/assets", noProvider, "sato", "operator").get("field").asText()).isEqualTo("provider");
        assertThat(api().post("/ledgers/assets", backwards, "sato", "operator").get("field").asText()).isEqualTo("endsOn");
        assertThat(api().post("/ledgers/assets", noEnd, "sato", "operator").get("field").asText()).isEqualTo("endsOn");
        assertThat(api().post("/ledgers/assets", negative, "sato", "operator").get("field").asText()).isEqualTo("cost");
        Api.Answer missing = api().post("/ledgers/assets", unknownChange, "sato", "operator");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.get("field").asText()).isEqualTo("changeRequests");
        assertThat(count("asset", "name IN ('提供元なし', '逆順', '期限なし', '負の費用', '存在しない変更要求')")).isZero();
    }

    @Test
    void anAssetLinksToChangeRequests_butNotToOtherTickets() {
        Api.Answer change = api().post("/change-requests", Map.of("title", "証明書の更新", "priority", "MEDIUM",
                "fields", Map.of("changeKind", "CONFIGURATION", "target", "ops.example.jp の証明書",
                        "reason", "期限切れ前の更新")), "sato", "operator");
        Api.Answer issue = api().post("/issues", Map.of("title", "別種のチケット", "priority", "LOW",
                "fields", Map.of("description", "変更要求ではない")), "sato", "operator");
        Map<String, Object> withChange = licence("変更要求つき");
        withChange.put("changeRequests", List.of(change.id()));
        Map<String, Object> withIssue = licence("課題つき");
        withIssue.put("changeRequests", List.of(issue.id()));

        Api.Answer linked = api().post("/ledgers/assets", withChange, "sato", "operator");
        Api.Answer refused = api().post("/ledgers/assets", withIssue, "sato", "operator");

        assertThat(linked.get("changeRequests")).extracting(JsonNode::asLong).containsExactly(change.id());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("field").asText()).isEqualTo("changeRequests");
    }

    @Test
    void sameKindAndKey_twice_is409() {
        api().post("/ledgers/assets", licence("重複する契約"), "sato", "operator");

        Api.Answer again = api().post("/ledgers/assets", licence("重複する契約"), "sato", "operator");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.get("error").asText()).isEqualTo("DUPLICATE");
    }

    @Test
    void list_filtersByKind_andWalksKeysetPages_withoutRepeatsOrGaps() {
        for (int i = 0; i < 5; i++) {
            Map<String, Object> contract = licence("ページ契約 " + i);
            contract.put("kind", "CONTRACT");
            contract.put("owner", "ページ班");
            api().post("/ledgers/assets", contract, "sato", "operator");
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Answer page = api().get("/ledgers/assets?kind=CONTRACT&owner=" + enc("ページ班") + "&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), "kato", "viewer");
            page.get("items").forEach(item -> names.add(item.get("name").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);

        assertThat(names).containsExactly("ページ契約 0", "ページ契約 1", "ページ契約 2", "ページ契約 3", "ページ契約 4");
        assertThat(pages).isEqualTo(3);
        assertThat(api().get("/ledgers/assets?cursor=bogus", "kato", "viewer").get("field").asText()).isEqualTo("cursor");
        assertThat(api().get("/ledgers/assets?kind=SHIP", "kato", "viewer").status()).isEqualTo(400);
    }

    @Test
    void csvImport_addsAndUpdates_byKey() {
        api().post("/ledgers/assets", licence("人口推計 利用規約"), "sato", "operator");
        String csv = "\uFEFFkind,key,name,provider,endsOn,cost,noticeDays,permittedUse,owner\n"
                + "LICENCE,,人口推計 利用規約,総務省統計局,2027-03-31,0,,政府統計の利用規約に従う,データ班\n"
                + "CONTRACT,C-2026-014,\"民間データ提供契約, 観光\",株式会社JTB,2026-12-31,\"3,300,000\",60,RESAS 表示のみ,契約班\n";

        Api.Answer imported = importCsv("licences.csv", csv, "sato", "operator");

        assertThat(imported.status()).isEqualTo(201);
        assertThat(imported.get("created").asInt()).isEqualTo(1);
        assertThat(imported.get("updated").asInt()).isEqualTo(1);
        assertThat(sql.queryOne("SELECT provider || '|' || ends_on FROM asset WHERE name = '人口推計 利用規約'",
                row -> row.getString(1))).contains("総務省統計局|2027-03-31");
        assertThat(sql.queryOne("SELECT cost::text || '|' || origin FROM asset WHERE asset_key = 'C-2026-014'",
                row -> row.getString(1))).contains("3300000|IMPORT");
    }

    @Test
    void csvImport_oneBadLine_refusesTheWholeFile_namingFileLineAndColumn() {
        String csv = "kind,key,name,provider,endsOn\n"
                + "CONTRACT,C-OK-1,正しい契約,提供元,2027-01-01\n"
                + "CONTRACT,C-OK-2,日付の悪い契約,提供元,2027/13/45\n";

        Api.Answer refused = importCsv("contracts.csv", csv, "sato", "operator");
        Api.Answer badKind = importCsv("kinds.csv", "kind,name,provider,endsOn\nSHIP,船,提供元,2027-01-01\n",
                "sato", "operator");
        Api.Answer duplicate = importCsv("dup.csv", "kind,key,name,provider,endsOn\nCONTRACT,D1,a,p,2027-01-01\n"
                + "CONTRACT,D1,b,p,2027-01-01\n", "sato", "operator");
        Api.Answer unknownColumn = importCsv("cols.csv", "kind,name,colour\nCONTRACT,a,red\n", "sato", "operator");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("message").asText()).contains("contracts.csv", "3 行目", "endsOn");
        assertThat(refused.get("field").asText()).isEqualTo("line 3: endsOn");
        assertThat(badKind.get("message").asText()).contains("kinds.csv", "2 行目", "kind");
        assertThat(duplicate.get("message").asText()).contains("3 行目", "2 行目");
        assertThat(unknownColumn.get("message").asText()).contains("1 行目", "colour");
        assertThat(count("asset", "asset_key IN ('C-OK-1', 'D1')")).isZero();
        assertThat(count("audit_log", "action = 'asset.import' AND target_id IN ('contracts.csv', 'dup.csv')")).isZero();
    }

    @Test
    void export_isAWorkbookWithTheLedgersJapaneseHeadings_andEveryAsset() throws Exception {
        Map<String, Object> entry = licence("エクスポート確認用ライセンス");
        entry.put("notes", "台帳に載ること");
        api().post("/ledgers/assets", entry, "sato", "operator");

        io.micronaut.http.HttpResponse<byte[]> response = http.toBlocking().exchange(HttpRequest
                .GET("/ledgers/assets/export.xlsx").bearerAuth(TestPlatform.token("kato", "viewer")), byte[].class);

        assertThat(response.getContentType()).hasValueSatisfying(type ->
                assertThat(type.toString()).isEqualTo(AssetController.XLSX));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(response.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet("資産管理台帳");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("資産種別");
            assertThat(sheet.getRow(2).getCell(7).getStringCellValue()).isEqualTo("有効期限");
            List<String> names = new ArrayList<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(2).getStringCellValue());
                if (sheet.getRow(r).getCell(2).getStringCellValue().equals("エクスポート確認用ライセンス")) {
                    assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("ライセンス");
                    assertThat(sheet.getRow(r).getCell(7).getStringCellValue()).isEqualTo("2026/03/31");
                    assertThat(sheet.getRow(r).getCell(10).getNumericCellValue()).isEqualTo(1200000.0);
                    assertThat(sheet.getRow(r).getCell(15).getStringCellValue()).isEqualTo("台帳に載ること");
                }
            }
            assertThat(names).contains("エクスポート確認用ライセンス").hasSize((int) count("asset", "true"));
        }
    }

    private Api.Answer importCsv(String fileName, String csv, String user, String group) {
        return api().send(HttpRequest.POST("/ledgers/assets/import?fileName=" + fileName,
                csv.getBytes(StandardCharsets.UTF_8)).contentType(MediaType.of("text/csv")), user, group);
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
