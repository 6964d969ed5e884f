package jp.resas.ops.meeting.web;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.TestPlatform;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinutesDocxTest implements TestPropertyProvider {

    private final MovableClock clock = new MovableClock(jst("2026-11-20T17:30"));

    @Inject
    @Client("/")
    HttpClient http;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        // the first document loads POI's schemas; on a busy machine that outlasts the client's 10 s default
        Map<String, String> properties = new java.util.HashMap<>(TestPlatform.properties());
        properties.put("micronaut.http.client.read-timeout", "120s");
        return properties;
    }

    @Test
    void approvedMinutes_asDocx_inJapaneseWithEraDatesAndTheActionItemsTable() throws Exception {
        Api api = new Api(http);
        Answer recorded = api.post("/meetings", Map.of("kind", "MONTHLY", "title", "月次定例会（11月）", "startsAt",
                "2026-11-20T14:00", "endsAt", "2026-11-20T15:30", "ownerAttendees", List.of("主管課 木村"),
                "operatorAttendees", List.of("佐藤", "鈴木"), "reportVersion", "月次定例報告書 令和8年10月分 第1版",
                "agenda", "1. 稼働状況\n2. 問合せ対応状況", "decisions", "アラーム閾値を見直す", "actionItems", List.of(
                        Map.of("title", "アラーム閾値の見直し案", "owner", "鈴木", "dueDate", "2026-12-04"))),
                "sato", "operator");
        Answer submitted = api.post("/meetings/" + recorded.id() + "/minutes/submit", Map.of("version",
                recorded.version()), "sato", "operator");
        Answer approved = api.post("/meetings/" + recorded.id() + "/minutes/approve", Map.of("version",
                submitted.version()), "kimura", "approver");
        long issue = approved.get("minutes").get(0).get("actionItems").get(0).get("issueId").asLong();

        HttpResponse<byte[]> docx = http.toBlocking().exchange(HttpRequest.GET("/meetings/" + recorded.id()
                + "/minutes/1.docx").bearerAuth(TestPlatform.token("kimura", "viewer")), byte[].class);

        assertThat(docx.getContentType().orElseThrow().toString()).isEqualTo(MeetingController.DOCX);
        assertThat(docx.header("Content-Disposition")).contains("filename*=UTF-8''");
        byte[] bytes = docx.body();
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/minutes.docx"), bytes);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains("議事録", "月次定例会（11月）", "令和8年11月20日 14:00 〜 15:30", "主管課 木村",
                    "佐藤、鈴木", "第1版（承認済）", "kimura（令和8年11月20日 承認済）", "アラーム閾値を見直す",
                    "提出期限").doesNotContain("{{", "[ref]");
            XWPFTable items = doc.getTables().get(1);
            assertThat(items.getRows()).hasSize(2);
            assertThat(items.getRow(1).getTableCells()).extracting(c -> c.getText()).containsExactly("A1",
                    "アラーム閾値の見直し案", "鈴木", "令和8年12月4日", "#" + issue);
        }
    }
}
