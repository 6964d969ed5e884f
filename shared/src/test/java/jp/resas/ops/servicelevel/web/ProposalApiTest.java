package jp.resas.ops.servicelevel.web;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.Actor;
import jp.resas.ops.inquiry.InquiryRules;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.TestPlatform;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketTransition;
import jp.resas.ops.ticket.infrastructure.TicketService;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalApiTest implements TestPropertyProvider {

    private static final Actor OPERATOR = new Actor("sato", "test");

    private final MovableClock clock = new MovableClock(jst("2026-10-05T09:00"));

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TicketService tickets;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("micronaut.http.client.read-timeout", "120s");
        return properties;
    }

    /** A HIGH inquiry opened at 09:00 on {@code day}, answered {@code hours} business hours later the same day. */
    private void answered(String day, int hours) {
        clock.set(jst(day + "T09:00"));
        TicketId id = tickets.open(InquiryRules.RULES, new NewTicket("問合せ", Priority.HIGH, Map.of("requesterKind",
                "OTHER", "channel", "EMAIL", "body", "b"), null, null), OPERATOR);
        clock.set(jst(day + "T" + String.format("%02d", 9 + hours) + ":00"));
        tickets.transition(InquiryRules.RULES, id, new TicketTransition("ANSWERED", 0, null, Map.of("answer", "a")),
                OPERATOR);
    }

    private byte[] docx(long id) {
        return http.toBlocking().retrieve(HttpRequest.GET("/improvement-proposals/" + id + ".docx")
                .bearerAuth(TestPlatform.token("kimura", "viewer")), byte[].class);
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return new XWPFWordExtractor(doc).getText();
        }
    }

    @Test
    void proposal_skeletonShowsWhereTheServiceLevelFell_andOnlyTheOwnerNotTheAuthorAcceptsIt() throws Exception {
        // given HIGH inquiries resolved in 1 h in October and in 4 h in November
        answered("2026-10-05", 1);
        answered("2026-11-09", 4);
        clock.set(jst("2026-12-01T10:00"));
        Api api = new Api(http);

        // when the operator drafts the November proposal, the skeleton has the figures and the fall
        Answer drafted = api.post("/improvement-proposals", Map.of("month", "2026-11", "title",
                "問合せ対応時間の短縮"), "sato", "operator", "approver");
        String skeleton = text(docx(drafted.id()));
        assertThat(skeleton).contains("改善提案書", "令和8年11月", "解決 平均 INQUIRY/HIGH\t1.0 時間\t4.0 時間",
                "（運用・保守事業者が記入）");

        // when sections are written and submitted, the author (also an approver) cannot accept it
        Answer early = api.post("/improvement-proposals/" + drafted.id() + "/submit", Map.of("version",
                drafted.version()), "sato", "operator");
        Answer written = api.put("/improvement-proposals/" + drafted.id(), Map.of("version", drafted.version(),
                "proposal", "よくある質問を FAQ として公開する", "expectedEffect", "解決時間を半減", "cost", "作業 3 人日"),
                "sato", "operator");
        Answer notAuthor = api.put("/improvement-proposals/" + drafted.id(), Map.of("version", written.version(),
                "proposal", "書き換え"), "suzuki", "operator");
        Answer submitted = api.post("/improvement-proposals/" + drafted.id() + "/submit", Map.of("version",
                written.version()), "sato", "operator");
        Answer byAuthor = api.post("/improvement-proposals/" + drafted.id() + "/accept", Map.of("version",
                submitted.version()), "sato", "approver");
        Answer byOperator = api.post("/improvement-proposals/" + drafted.id() + "/accept", Map.of("version",
                submitted.version()), "suzuki", "operator");
        Answer accepted = api.post("/improvement-proposals/" + drafted.id() + "/accept", Map.of("version",
                submitted.version(), "comment", "採用します"), "kimura", "approver");
        Answer afterwards = api.put("/improvement-proposals/" + drafted.id(), Map.of("version", accepted.version(),
                "proposal", "改ざん"), "sato", "operator");

        // then
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.get("field").asText()).isEqualTo("proposal");
        assertThat(notAuthor.status()).isEqualTo(403);
        assertThat(byAuthor.status()).isEqualTo(403);
        assertThat(byAuthor.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("decidedBy").asText()).isEqualTo("kimura");
        assertThat(afterwards.status()).isEqualTo(409);
        byte[] filled = docx(drafted.id());
        Files.createDirectories(Path.of("target/documents"));
        Files.write(Path.of("target/documents/improvement-proposal.docx"), filled);
        assertThat(text(filled)).contains("よくある質問を FAQ として公開する", "作業 3 人日", "採用（kimura）")
                .doesNotContain("（運用・保守事業者が記入）", "{{");
        assertThat(List.of(written.status(), submitted.status())).containsOnly(200);
    }
}
