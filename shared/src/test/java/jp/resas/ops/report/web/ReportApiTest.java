package jp.resas.ops.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.resas.ops.attachment.Sha256;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.report.ReportFiles;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.TestPlatform;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Reports generated through the API from records made through the API, read back with POI and compared
 * with what the API answers on the same data.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTest implements TestPropertyProvider {

    private static final String MONTH = YearMonth.now(ZoneOffset.ofHours(9)).toString();

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("micronaut.http.client.read-timeout", "180s");
        try {
            properties.put("resas.attachments.directory", Files.createTempDirectory("reports-store").toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    private Api api() {
        return new Api(http);
    }

    @BeforeAll
    void records() {
        Answer major = api().post("/incidents", Map.of("title", "API 応答遅延", "severity", 1, "major", true,
                "impact", "全メニューの表示に 30 秒以上"), "sato", "operator");
        api().patch("/incidents/" + major.id(), Map.of("version", major.get("version").asLong(), "cause", "DB 接続枯渇",
                "permanentFix", "接続上限の見直し", "prevention", "接続数の監視を追加"), "sato", "operator");
        api().post("/incidents/" + major.id() + "/notes", Map.of("text", "影響範囲を調査中"), "sato", "operator");
        api().post("/incidents", Map.of("title", "グラフ表示の不具合", "severity", 3), "kato", "operator");
        for (String channel : List.of("EMAIL", "EMAIL", "PHONE")) {
            api().post("/inquiries", Map.of("title", "RESAS の人口データについて", "priority", "MEDIUM", "fields",
                    Map.of("requesterKind", "OWNER", "channel", channel, "body", "最新年の反映時期を教えてください")),
                    "kato", "operator");
        }
        api().post("/issues", Map.of("title", "e-Stat API の仕様変更", "priority", "HIGH", "assignee", "sato",
                "dueDate", "2026-12-25", "fields", Map.of("description", "v3 廃止予定")), "sato", "operator");
        Answer pentestRequest = api().post("/work-requests", Map.of("title", "ペネトレーションテストの実施", "priority", "MEDIUM",
                "fields", Map.of("workType", "OTHER", "description", "外部診断", "touchesProductionData", "false")),
                "kato", "operator");
        backupRecords(pentestRequest.id());
        api().post("/work-requests", Map.of("title", "市区町村別データの抽出", "priority", "MEDIUM", "fields", Map.of(
                "workType", "EXTRACTION", "description", "本番 DB からの抽出", "touchesProductionData", "true",
                "dataScope", "population 2020")), "kato", "operator");
        securityRecords();
        // The cost collector's failed run, as CollectorRunner records it: the report must not print a zero.
        sql.update("INSERT INTO collector_run (collector, period, status, started_at, finished_at, missing, error) "
                + "VALUES ('cost-collector', ?, 'FAILED', now(), now(), '[]'::jsonb, ?)", MONTH,
                "Cost Explorer: AccessDeniedException");
        // Cost by linked account and access per site, as the collectors store them (V110).
        sql.update("INSERT INTO cost_account_monthly (month, account_id, owner, account_name, service, unblended, "
                + "amortized, unit, estimated) VALUES (?, '110987654321', 'RESAS_OPS', 'resas-ops', 'AWS Lambda', 1.5, "
                + "1.5, 'USD', false), (?, '210987654321', 'RESAS', 'resas-prod', 'Amazon RDS', 70.06, 62, 'USD', false)",
                MONTH, MONTH);
        sql.update("INSERT INTO access_daily (day, service, requests, page_views, unique_visitors, log_files) VALUES "
                + "(?::date, 'public-site', 300, 100, 40, 24), (?::date, 'resas-ops', 20, 7, 3, 24)",
                MONTH + "-02", MONTH + "-02");
    }

    /** Two findings (one closed by a verified patch), an EOS item due and another upgraded away this month. */
    private void securityRecords() {
        long[] findings = new long[2];
        for (int i = 0; i < 2; i++) {
            findings[i] = sql.queryOne("INSERT INTO vulnerability_finding (source, finding_key, scope, region, title, severity, "
                    + "status, triaged_by, triaged_at, first_seen_at, last_seen_at, updated_at) VALUES ('INSPECTOR', ?, "
                    + "'inspector:ap-northeast-1', 'ap-northeast-1', 'commons-io', 'CRITICAL', 'TRIAGED', 'kato', now(), now(), "
                    + "now(), now()) RETURNING id", row -> row.getLong(1), "arn:report-" + i).orElseThrow();
        }
        Answer patch = api().post("/patches", Map.of("title", "commons-io 2.14.0 → 2.18.0", "target", "ResasOps-Api",
                "environment", "PRODUCTION", "appliedAt", java.time.OffsetDateTime.now(ZoneOffset.ofHours(9)).minusMinutes(5)
                        .toString(), "findingIds", List.of(findings[0])), "sato", "operator");
        api().post("/patches/" + patch.id() + "/verify", Map.of("version", patch.version()), "tanaka", "operator");
        java.time.LocalDate today = java.time.LocalDate.now(ZoneOffset.ofHours(9));
        for (String name : List.of("AWS Lambda Python", "AWS Lambda Ruby")) {
            api().post("/eos/items", Map.of("system", "RESAS", "category", "LAMBDA_RUNTIME", "name", name, "productVersion",
                    "old", "endsOn", today.plusDays(60).toString(), "sourceUrl", "https://docs.aws.amazon.com/lambda/"),
                    "yamada", "admin");
        }
        long ruby = api().get("/eos/items?system=RESAS", "k", "viewer").get("items").findValues("id").stream()
                .map(JsonNode::asLong).max(Long::compare).orElseThrow();
        long change = sql.queryOne("INSERT INTO ticket (kind, title, priority, status, requester, created_at) VALUES "
                + "('CHANGE_REQUEST', 'Ruby 3.4 へ更新', 'MEDIUM', 'IMPLEMENTED', 'sato', now()) RETURNING id",
                row -> row.getLong(1)).orElseThrow();
        Answer upgrade = api().post("/eos/items/" + ruby + "/upgrades", Map.of("changeRequestId", change,
                "targetVersion", "ruby3.4"), "sato", "operator");
        Answer tested = api().post("/eos/upgrades/" + upgrade.id() + "/test", Map.of("version", upgrade.version(),
                "environment", "検証環境", "result", "PASSED", "summary", "回帰試験合格"), "sato", "operator");
        api().post("/eos/upgrades/" + upgrade.id() + "/complete", Map.of("version", tested.version()), "tanaka", "operator");
    }

    /** Backup jobs as the collector stores them, a drill and a penetration test through the API. */
    private void backupRecords(long workRequest) {
        String job = "INSERT INTO backup_job (kind, job_id, scope, region, resource_arn, resource_type, resource_name, vault, "
                + "state, message, created_at, size_bytes, first_seen_at, last_seen_at) VALUES (?, ?, 'backup:ap-northeast-1', "
                + "'ap-northeast-1', ?, 'S3', ?, 'ResourceVault', ?, ?, now() - ?::interval, ?, now(), now())";
        sql.update(job, "BACKUP", "job-ok", "arn:aws:s3:::resas-ops-raw", "resas-ops-raw", "COMPLETED", null, "2 minutes", 1024L);
        sql.update(job, "BACKUP", "job-ng", "arn:aws:s3:::resas-ops-raw", "resas-ops-raw", "FAILED", "Access Denied",
                "1 minute", null);
        Answer drill = api().post("/restore-drills", Map.of("title", "DB リストア訓練", "plannedFor",
                java.time.LocalDate.now(ZoneOffset.ofHours(9)).toString(), "rtoTargetMinutes", 120), "sato", "operator");
        api().post("/restore-drills/" + drill.id() + "/result", Map.of("version", drill.version(), "startedAt",
                java.time.OffsetDateTime.now(ZoneOffset.ofHours(9)).minusMinutes(90).withNano(0).toString(), "completedAt",
                java.time.OffsetDateTime.now(ZoneOffset.ofHours(9)).minusMinutes(30).withNano(0).toString(),
                "verification", "PASSED"), "sato", "operator");
        Answer test = api().post("/pentests", Map.of("title", "外部診断", "vendor", "株式会社セキュア診断", "scope", "公開画面",
                "startedOn", java.time.LocalDate.now(ZoneOffset.ofHours(9)).toString(),
                "endedOn", java.time.LocalDate.now(ZoneOffset.ofHours(9)).toString(), "ticketId", workRequest), "sato", "operator");
        api().post("/pentests/" + test.id() + "/findings", Map.of("title", "クリックジャッキング対策なし", "severity", "MEDIUM",
                "description", "X-Frame-Options がない"), "sato", "operator");
    }

    @Test
    void monthly_tablesAreTheApiAnswers_inWordExcelAndCsv() throws IOException {
        Answer generated = api().post("/reports", Map.of("kind", "MONTHLY", "period", MONTH), "sato", "operator");

        assertThat(generated.status()).isEqualTo(201);
        assertThat(generated.get("version").asInt()).isEqualTo(1);
        ReportFiles word = ReportFiles.docx(download(generated, ".docx"));
        assertThat(word.sections().keySet()).containsExactly("1　概況", "2　稼働状況", "3　障害", "4　問合せ", "5　作業依頼・変更",
                "6　保守・メンテナンス", "7　データ更新", "8　リソース", "9　ログ", "10　費用", "11　アクセス", "12　課題", "13　翌月の予定");
        assertThat(word.texts()).contains("月次定例報告書", "令和8年11月");

        List<String> incidentIds = ids(api().get("/incidents?limit=200", "k", "viewer").get("items"));
        assertThat(column(word.rows("3-2"), 0)).isEqualTo(incidentIds).hasSize(2);
        assertThat(word.rows("3-1")).contains(List.of("Sev1", "0", "1", "0", "0", "0", "1"));
        assertThat(word.rows("3-3")).containsExactly(List.of(incidentIds.get(1), "API 応答遅延", "全メニューの表示に 30 秒以上",
                "DB 接続枯渇", "接続上限の見直し", "接続数の監視を追加"));

        JsonNode inquiries = api().get("/inquiries?limit=200", "k", "viewer").get("items");
        Map<String, Long> byChannel = new LinkedHashMap<>();
        inquiries.forEach(i -> byChannel.merge(i.path("fields").path("channel").asText(), 1L, Long::sum));
        assertThat(word.rows("4-1")).contains(List.of("メール", String.valueOf(byChannel.get("EMAIL"))),
                List.of("電話", String.valueOf(byChannel.get("PHONE"))), List.of("会議", "0"));
        assertThat(word.rows("4-3").get(0)).containsExactly("受付件数", String.valueOf(inquiries.size()));
        assertThat(column(word.rows("12-1"), 0)).isEqualTo(ids(api().get("/issues", "k", "viewer").get("items")));
        assertThat(word.rows("5-3")).extracting(r -> r.get(2)).containsExactly("population 2020");

        assertThat(word.sections().get("10　費用")).anyMatch(t -> t.contains("取得できませんでした")
                && t.contains("Cost Explorer: AccessDeniedException"));
        assertThat(word.rows("10-2").get(0)).containsExactly("当月合計", "取得できませんでした", "USD");
        assertThat(word.sections().get("6　保守・メンテナンス")).anyMatch(t -> t.startsWith("セキュリティ運用: 未対応の脆弱性は 1 件"
                + "（CRITICAL 1 件）") && t.contains("パッチ適用 1 件"))
                .noneMatch(t -> (t.startsWith("セキュリティ運用") || t.startsWith("バージョンアップ")) && t.contains("まだ管理していない"))
                .anyMatch(t -> t.startsWith("バージョンアップ:") && t.contains("当月に完了したバージョンアップは 1 件"));
        assertThat(word.rows("6-3")).contains(List.of("未対応 CRITICAL", "1"), List.of("当月解消", "1"), List.of("当月検出", "2"));
        assertThat(column(word.rows("6-4"), 0)).isEqualTo(ids(api().get("/patches", "k", "viewer").get("items")));
        assertThat(word.rows("6-4").get(0)).containsSubsequence("commons-io 2.14.0 → 2.18.0", "ResasOps-Api", "本番", "sato",
                "tanaka");
        String horizon = java.time.LocalDate.now(ZoneOffset.ofHours(9)).plusDays(180).toString();
        // the seeded rows of AWS's runtime table (RESAS, with a runtimeKey) count only while RESAS runs them: no snapshot here
        assertThat(column(word.rows("6-5"), 0)).isEqualTo(ids(api().get("/eos/items?endingBy=" + horizon, "k", "viewer")
                .get("items")).stream().filter(id -> !resasTableRow(id)).toList()).isNotEmpty();
        assertThat(word.rows("6-6")).singleElement().satisfies(r -> assertThat(r).containsSubsequence("AWS Lambda Ruby old",
                "ruby3.4", "検証環境", "合格", "sato", "tanaka"));
        assertThat(word.rows("10-4")).containsExactly(
                List.of("RESAS（地域経済分析システム）", "resas-prod", "210987654321", "70.06", "62.00"),
                List.of("RESAS Ops（運用保守基盤）", "resas-ops", "110987654321", "1.50", "1.50"));
        assertThat(word.rows("11-1").get(0)).as("RESAS's sites only").startsWith("ページビュー", "100");
        assertThat(word.rows("11-4")).containsExactly(List.of("RESAS 公開サイト", "100", "40", "300", "1"),
                List.of("RESAS Ops（運用保守基盤）", "7", "3", "20", "1"));
        assertThat(word.charts()).isPositive();

        assertThat(word.sections().get("6　保守・メンテナンス")).anyMatch(t -> t.equals("バックアップ: 対象期間のジョブは 2 件、"
                + "うち失敗 1 件です。リストア訓練は 1 件実施し、検証合格は 1 件です。"))
                .noneMatch(t -> t.startsWith("バックアップ:") && t.contains("まだ管理していない"));
        assertThat(word.rows("6-10")).containsExactly(List.of("バックアップ", "COMPLETED", "1"), List.of("バックアップ", "FAILED", "1"));
        assertThat(column(word.rows("6-11"), 3)).isEqualTo(texts(api().get("/backups/jobs?failed=true", "k", "viewer")
                .get("items"), "state"));
        assertThat(word.rows("6-12")).extracting(r -> r.get(0)).containsExactly("arn:aws:s3:::resas-ops-raw");
        JsonNode drills = api().get("/restore-drills", "k", "viewer").get("items");
        assertThat(word.rows("6-13")).containsExactly(List.of(drills.get(0).get("id").asText(), "手動", "DB リストア訓練",
                word.rows("6-13").get(0).get(3), "sato", "60", "120", "", "合格", "実施済（承認待ち）", ""));
        assertThat(column(word.rows("6-14"), 0)).isEqualTo(ids(api().get("/pentests/findings?open=true", "k", "viewer")
                .get("items"))).hasSize(1);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(generated, ".xlsx")))) {
            assertThat(sheetRows(book.getSheet("3-2 障害一覧"))).isEqualTo(word.rows("3-2"));
            assertThat(book.getSheet("3-1 重大度・発生源別件数").getDrawingPatriarch().getCharts()).hasSize(1);
        }
        Map<String, String> csv = unzip(download(generated, "_元データ.zip"));
        assertThat(csv.get("3-2_障害一覧.csv")).startsWith("\uFEFFID,発生日時,件名,").contains("API 応答遅延");
        assertThat(csv.get("3-2_障害一覧.csv").split("\r\n")).hasSize(word.rows("3-2").size() + 1);
        byte[] pdf = download(generated, ".pdf");
        assertThat(pdf).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        // kept for a person to look at (pdftoppm), as docs/reports.md shows its pages
        Files.write(java.nio.file.Path.of("target", "monthly-report.pdf"), pdf);
    }

    @Test
    void aMonthWithoutRecords_saysSoInEverySection() {
        String empty = YearMonth.parse(MONTH).minusMonths(2).toString();

        Answer generated = api().post("/reports", Map.of("kind", "MONTHLY", "period", empty), "sato", "operator");

        ReportFiles word = ReportFiles.docx(download(generated, ".docx"));
        assertThat(word.sections()).hasSize(13).allSatisfy((heading, texts) -> assertThat(texts)
                .as(heading).anyMatch(t -> t.contains("ありません") || t.contains("記録はありません")));
        assertThat(word.texts()).noneMatch(t -> t.contains("{{"));
    }

    @Test
    void weekly_hasTheDevScheduleAsTheApiAnswersIt_theWeeksIncidentsAndInquiries_andTheOpenIssues() {
        java.time.LocalDate today = java.time.LocalDate.now(ZoneOffset.ofHours(9));
        String iso = today.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d",
                today.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        // 製造 was planned three days ago and has no actual date: it slipped this week (予定日超過).
        Answer late = api().post("/dev-schedule", devItem("地域経済循環マップ 改修", "MENU", 40, today.minusDays(3)),
                "sato", "operator");
        Answer steady = api().post("/dev-schedule", devItem("人口マップ CSV 出力", "FUNCTION", 10, today.plusDays(5)),
                "sato", "operator");
        assertThat(late.status()).isEqualTo(201);
        assertThat(steady.status()).isEqualTo(201);

        Answer generated = api().post("/reports", Map.of("kind", "WEEKLY", "period", iso), "sato", "operator");

        assertThat(generated.status()).isEqualTo(201);
        ReportFiles word = ReportFiles.docx(download(generated, ".docx"));
        assertThat(word.sections().keySet()).containsExactly("1　データ収集状況とスケジュール", "2　開発スケジュール", "3　障害",
                "4　問合せ", "5　課題");
        JsonNode schedule = api().get("/dev-schedule?asOf=" + today, "k", "viewer").get("items");
        List<List<String>> progress = new ArrayList<>();
        List<List<String>> milestones = new ArrayList<>();
        schedule.forEach(i -> {
            progress.add(List.of(i.get("kindLabel").asText(), i.get("name").asText(), i.get("statusLabel").asText(),
                    i.get("progress").asText()));
            i.get("milestones").forEach(m -> milestones.add(List.of(i.get("name").asText(), m.get("label").asText(),
                    m.path("planned").asText(""), m.path("actual").isNull() ? "" : m.path("actual").asText(""))));
        });
        assertThat(progress).hasSize(2);
        assertThat(word.rows("2-1")).extracting(r -> r.subList(0, 4)).isEqualTo(progress);
        assertThat(word.rows("2-1")).extracting(r -> r.get(1) + "|" + r.get(4)).containsExactlyInAnyOrder(
                "地域経済循環マップ 改修|遅延（製造: 予定日超過）", "人口マップ CSV 出力|");
        assertThat(word.rows("2-2")).extracting(r -> r.subList(0, 4)).isEqualTo(milestones);
        assertThat(word.rows("2-2")).filteredOn(r -> !r.get(4).isEmpty())
                .containsExactly(List.of("地域経済循環マップ 改修", "製造", today.minusDays(3).toString(), "", "遅延（予定日超過）"));
        assertThat(StreamSupport.stream(schedule.spliterator(), false).filter(i -> i.get("slipped").asBoolean())
                .map(i -> i.get("name").asText())).containsExactly("地域経済循環マップ 改修");
        assertThat(word.sections().get("2　開発スケジュール")).anyMatch(t -> t.contains("先週から遅延したものは 1 件"));
        assertThat(word.texts()).anyMatch(t -> t.contains("図 2-1 開発項目の進捗（%）"));
        assertThat(column(word.rows("3-1"), 0)).isEqualTo(ids(api().get("/incidents?limit=200", "k", "viewer")
                .get("items")));
        assertThat(word.rows("4-1")).hasSize(api().get("/inquiries?limit=200", "k", "viewer").get("items").size());
        // The e-Stat issue (sato) and the penetration-test finding's follow-up 課題, which has no owner yet.
        assertThat(word.rows("5-1")).extracting(r -> r.get(4)).containsExactlyInAnyOrder("", "sato");
        assertThat(word.texts()).anyMatch(t -> t.startsWith("令和8年") && t.contains("～"));
    }

    private static Map<String, Object> devItem(String name, String kind, int progress, java.time.LocalDate build) {
        java.time.LocalDate designed = java.time.LocalDate.now(ZoneOffset.ofHours(9)).minusDays(20);
        return Map.of("name", name, "kind", kind, "status", "IN_PROGRESS", "progress", progress, "milestones", Map.of(
                "DESIGN", Map.of("planned", designed.toString(), "actual", designed.toString()),
                "BUILD", Map.of("planned", build.toString()),
                "TEST", Map.of("planned", build.plusDays(10).toString()),
                "RELEASE", Map.of("planned", build.plusDays(20).toString())));
    }

    @Test
    void incidentReport_hasTheTimelineAsATable_equalToTheApi() {
        long id = Long.parseLong(ids(api().get("/incidents?limit=200", "k", "viewer").get("items")).get(1));

        Answer generated = api().post("/reports", Map.of("kind", "INCIDENT", "period", String.valueOf(id)), "sato",
                "operator");

        ReportFiles word = ReportFiles.docx(download(generated, ".docx"));
        JsonNode timeline = api().get("/incidents/" + id, "k", "viewer").get("timeline");
        assertThat(column(word.rows("3-1"), 3)).isEqualTo(StreamSupport.stream(timeline.spliterator(), false)
                .map(t -> t.path("message").asText()).toList());
        assertThat(word.sections().get("4　原因")).containsExactly("DB 接続枯渇");
        assertThat(word.sections().get("5　暫定対応")).containsExactly("（未記入）");
        assertThat(generated.get("files").findValuesAsText("name")).contains("障害報告書_" + id + ".docx");
    }

    @Test
    void futureMonth_unknownIncident_andBadKind_areRefusedByName() {
        String future = YearMonth.parse(MONTH).plusMonths(1).toString();

        Answer future400 = api().post("/reports", Map.of("kind", "MONTHLY", "period", future), "sato", "operator");
        Answer unknown = api().post("/reports", Map.of("kind", "INCIDENT", "period", "999999"), "sato", "operator");
        Answer badKind = api().post("/reports", Map.of("kind", "YEARLY", "period", MONTH), "sato", "operator");

        assertThat(future400.status()).isEqualTo(400);
        assertThat(future400.get("field").asText()).isEqualTo("period");
        assertThat(future400.get("message").asText()).contains("まだ始まっていない");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.get("field").asText()).isEqualTo("kind");
        assertThat(api().get("/reports?period=" + future, "k", "viewer").get("items")).isEmpty();
    }

    @Test
    void download_hasTheContentTypeAndTheJapaneseNameInFilenameStar() {
        Answer generated = api().post("/reports", Map.of("kind", "ISSUES", "period", MONTH), "sato", "operator");
        JsonNode file = generated.get("files").findParents("name").stream()
                .filter(f -> f.get("name").asText().endsWith(".xlsx")).findFirst().orElseThrow();

        HttpResponse<byte[]> response = http.toBlocking().exchange(HttpRequest.GET(file.get("href").asText())
                .bearerAuth(TestPlatform.token("k", "viewer")), byte[].class);

        assertThat(response.getContentType().orElseThrow().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"issues_" + MONTH
                + "_v1.xlsx\"; filename*=UTF-8''%E8%AA%B2%E9%A1%8C%E7%AE%A1%E7%90%86%E8%A1%A8_" + MONTH + ".xlsx");
        assertThat(Sha256.hex(response.body())).isEqualTo(file.get("sha256").asText());
    }

    @Test
    void acceptance_isTheApproversNotTheGenerators_andFreezesTheVersion() {
        Answer v1 = api().post("/reports", Map.of("kind", "DATA_UPDATES", "period", MONTH), "ito", "operator", "approver");
        String path = "/reports/" + v1.id() + "/accept";

        Answer viewerGenerates = api().post("/reports", Map.of("kind", "DATA_UPDATES", "period", MONTH), "k", "viewer");
        Answer approverGenerates = api().post("/reports", Map.of("kind", "DATA_UPDATES", "period", MONTH), "k",
                "approver");
        Answer ownAcceptance = api().post(path, Map.of(), "ito", "operator", "approver");
        Answer operatorAccepts = api().post(path, Map.of(), "sato", "operator");
        Answer adminAccepts = api().post(path, Map.of(), "root", "admin");
        Answer staleChecksum = api().post(path, Map.of("checksum", "0".repeat(64)), "yamada", "approver");
        Answer accepted = api().post(path, Map.of("checksum", v1.get("checksum").asText()), "yamada", "approver");
        Answer again = api().post(path, Map.of(), "suzuki", "approver");
        Answer v2 = api().post("/reports", Map.of("kind", "DATA_UPDATES", "period", MONTH), "ito", "operator");

        assertThat(viewerGenerates.status()).isEqualTo(403);
        assertThat(approverGenerates.status()).isEqualTo(403);
        assertThat(ownAcceptance.status()).isEqualTo(403);
        assertThat(ownAcceptance.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        assertThat(operatorAccepts.status()).isEqualTo(403);
        assertThat(adminAccepts.status()).isEqualTo(403);
        assertThat(staleChecksum.status()).isEqualTo(409);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.get("acceptedBy").asText()).isEqualTo("yamada");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.get("acceptedBy").isMissingNode()).isTrue();
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("acceptedBy").isNull()).isTrue();
        Answer frozen = api().get("/reports/" + v1.id(), "k", "viewer");
        assertThat(frozen.get("acceptedBy").asText()).isEqualTo("yamada");
        assertThat(frozen.get("checksum").asText()).isEqualTo(v1.get("checksum").asText());
        assertThat(api().get("/reports?kind=DATA_UPDATES&period=" + MONTH, "k", "viewer").get("items")
                .findValuesAsText("version")).containsExactly("2", "1");
        assertThat(sql.query("SELECT actor FROM audit_log WHERE action = 'report.accepted' AND target_id = ?",
                row -> row.getString(1), String.valueOf(v1.id()))).containsExactly("yamada");
    }

    @Test
    void anAcceptedVersion_cannotBeChangedEvenInTheDatabase() {
        Answer v1 = api().post("/reports", Map.of("kind", "DATA_SOURCES", "period", MONTH), "sato", "operator");
        api().post("/reports/" + v1.id() + "/accept", Map.of(), "yamada", "approver");

        List<String> refusals = new ArrayList<>();
        for (String change : List.of("UPDATE report SET checksum = 'x' WHERE id = ?",
                "UPDATE report SET accepted_by = 'sato' WHERE id = ?", "DELETE FROM report WHERE id = ?",
                "UPDATE report_file SET sha256 = 'x' WHERE report_id = ?")) {
            try {
                sql.update(change, v1.id());
                refusals.add("allowed: " + change);
            } catch (RuntimeException e) {
                refusals.add("refused");
            }
        }

        assertThat(refusals).containsOnly("refused");
        assertThat(api().get("/reports/" + v1.id(), "k", "viewer").get("checksum").asText())
                .isEqualTo(v1.get("checksum").asText());
    }

    private byte[] download(Answer report, String suffix) {
        JsonNode file = report.get("files").findParents("name").stream()
                .filter(f -> f.get("name").asText().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no file ending " + suffix + " in " + report.body()));
        return http.toBlocking().retrieve(HttpRequest.GET(file.get("href").asText())
                .bearerAuth(TestPlatform.token("k", "viewer")), byte[].class);
    }

    private boolean resasTableRow(String id) {
        return sql.queryOne("SELECT system = 'RESAS' AND runtime_key IS NOT NULL FROM eos_item WHERE id = ?",
                row -> row.getBoolean(1), Long.valueOf(id)).orElseThrow();
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("id").asText()).toList();
    }

    private static List<String> texts(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get(field).asText()).toList();
    }

    private static List<String> column(List<List<String>> rows, int column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }

    private static List<List<String>> sheetRows(XSSFSheet sheet) {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                cells.add(sheet.getRow(r).getCell(c) == null ? "" : format.formatCellValue(sheet.getRow(r).getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static Map<String, String> unzip(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return entries;
    }

}
