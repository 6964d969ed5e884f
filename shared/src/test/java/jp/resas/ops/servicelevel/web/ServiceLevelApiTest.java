package jp.resas.ops.servicelevel.web;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.Actor;
import jp.resas.ops.inquiry.InquiryRules;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketTransition;
import jp.resas.ops.ticket.infrastructure.TicketService;
import jp.resas.ops.workrequest.WorkRequestRules;
import org.junit.jupiter.api.Test;

@PlatformTest
class ServiceLevelApiTest {

    private static final Actor OPERATOR = new Actor("sato", "test");

    private final MovableClock clock = new MovableClock(jst("2026-11-02T09:00"));

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TicketService tickets;
    @Inject
    Sql sql;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private Api api() {
        return new Api(http);
    }

    private TicketId inquiry(String at, String requester, String channel) {
        clock.set(jst(at));
        return tickets.open(InquiryRules.RULES, new NewTicket("問合せ " + at, Priority.HIGH, Map.of("requesterKind",
                "OTHER", "channel", channel, "body", "人口データの出典は?"), null, null), new Actor(requester, "test"));
    }

    private void move(TicketId id, String at, String to, Map<String, String> fields) {
        clock.set(jst(at));
        long version = tickets.detail(jp.resas.ops.ticket.TicketKind.INQUIRY, id).ticket().version();
        tickets.transition(InquiryRules.RULES, id, new TicketTransition(to, version, null, fields), OPERATOR);
    }

    @Test
    void handlingTimes_matchFiguresComputedByHand() {
        // HIGH inquiries opened in November 2026 (11/3 文化の日 is closed):
        //  #1 Mon 11/2 09:00, responded 10:00 (60), answered 15:00 (360)
        //  #2 Mon 11/2 16:00, responded Wed 11/4 10:00 (60 + 60 = 120), answered 12:00 (60 + 180 = 240)
        //  #3 Thu 11/5 09:00, responded 09:30 (30), not answered
        // first response: 60, 120, 30 -> average 70.0, median 60.0; resolution: 360, 240 -> 300.0, 300.0
        TicketId one = inquiry("2026-11-02T09:00", "yamada", "EMAIL");
        move(one, "2026-11-02T10:00", "INVESTIGATING", Map.of());
        move(one, "2026-11-02T15:00", "ANSWERED", Map.of("answer", "e-Stat です"));
        TicketId two = inquiry("2026-11-02T16:00", "yamada", "PORTAL");
        move(two, "2026-11-04T10:00", "INVESTIGATING", Map.of());
        move(two, "2026-11-04T12:00", "ANSWERED", Map.of("answer", "e-Stat です"));
        TicketId three = inquiry("2026-11-05T09:00", "yamada", "EMAIL");
        move(three, "2026-11-05T09:30", "INVESTIGATING", Map.of());
        // a LOW work request opened Fri 10/30 16:30, first moved Mon 11/2 09:30 (30 + 30 = 60): October
        clock.set(jst("2026-10-30T16:30"));
        TicketId work = tickets.open(WorkRequestRules.RULES, new NewTicket("集計依頼", Priority.LOW, Map.of(
                "workType", "EXTRACTION", "description", "d", "touchesProductionData", "false"), null, null),
                OPERATOR);
        clock.set(jst("2026-11-02T09:30"));
        tickets.transition(WorkRequestRules.RULES, work, new TicketTransition("IN_PROGRESS", 0, null, Map.of()),
                OPERATOR);

        clock.set(jst("2026-11-30T12:00"));
        Answer figures = api().get("/service-level/handling-times?month=2026-11", "kimura", "viewer");

        JsonNode items = figures.get("items");
        assertThat(items).hasSize(2);
        JsonNode october = items.get(0);
        assertThat(october.get("month").asText()).isEqualTo("2026-10");
        assertThat(october.get("kind").asText()).isEqualTo("WORK_REQUEST");
        assertThat(october.get("firstResponseAverage").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(october.get("resolved").asInt()).isZero();
        assertThat(october.get("resolutionAverage").isNull()).isTrue();
        JsonNode november = items.get(1);
        assertThat(november.get("month").asText()).isEqualTo("2026-11");
        assertThat(november.get("kind").asText()).isEqualTo("INQUIRY");
        assertThat(november.get("priority").asText()).isEqualTo("HIGH");
        assertThat(november.get("opened").asInt()).isEqualTo(3);
        assertThat(november.get("responded").asInt()).isEqualTo(3);
        assertThat(november.get("firstResponseAverage").decimalValue()).isEqualByComparingTo("70.0");
        assertThat(november.get("firstResponseMedian").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(november.get("resolved").asInt()).isEqualTo(2);
        assertThat(november.get("resolutionAverage").decimalValue()).isEqualByComparingTo("300.0");
        assertThat(november.get("resolutionMedian").decimalValue()).isEqualByComparingTo("300.0");

        // and the trend leaves out what was opened before its twelve months
        Answer nextYear = api().get("/service-level/handling-times?month=2027-10", "kimura", "viewer");
        assertThat(nextYear.get("items")).hasSize(1);
        assertThat(api().get("/service-level/handling-times?month=11-2026", "kimura", "viewer").get("field").asText())
                .isEqualTo("month");
    }

    @Test
    void rating_onlyByItsRequester_onlyOnce_onlyWhenAnswered_perMonthAndChannel() {
        // given inquiries raised by yamada and tanaka through the API (a viewer's own token)
        clock.set(jst("2026-12-01T09:00"));
        long email = api().post("/inquiries", Map.of("title", "出典", "priority", "MEDIUM", "fields", Map.of(
                "requesterKind", "OTHER", "channel", "EMAIL", "body", "b")), "yamada", "viewer").id();
        long portal = api().post("/inquiries", Map.of("title", "表示", "priority", "MEDIUM", "fields", Map.of(
                "requesterKind", "OTHER", "channel", "PORTAL", "body", "b")), "tanaka", "viewer").id();
        Answer early = api().post("/inquiries/" + email + "/satisfaction", Map.of("score", 5), "yamada", "viewer");
        move(new TicketId(email), "2026-12-01T10:00", "ANSWERED", Map.of("answer", "a"));
        move(new TicketId(portal), "2026-12-01T10:00", "ANSWERED", Map.of("answer", "a"));
        clock.set(jst("2026-12-02T09:00"));

        // when others try: the operator who answered (also an approver), another requester, a bad score
        Answer byOperator = api().post("/inquiries/" + email + "/satisfaction", Map.of("score", 5), "sato",
                "operator", "approver");
        Answer byOther = api().post("/inquiries/" + email + "/satisfaction", Map.of("score", 1), "tanaka", "viewer");
        Answer badScore = api().post("/inquiries/" + email + "/satisfaction", Map.of("score", 6), "yamada", "viewer");
        // and the requester rates, sending someone else's name inside the body, then again
        Answer smuggled = api().post("/inquiries/" + email + "/satisfaction", Map.of("score", 4, "comment", "早い回答",
                "ratedBy", "sato", "ticketId", portal), "yamada", "viewer");
        Answer rated = api().post("/inquiries/" + email + "/satisfaction", Map.of("score", 4, "comment", "早い回答"),
                "yamada", "viewer");
        Answer twice = api().post("/inquiries/" + email + "/satisfaction", Map.of("score", 1), "yamada", "viewer");
        Answer other = api().post("/inquiries/" + portal + "/satisfaction", Map.of("score", 2), "tanaka", "viewer");

        // then
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.get("error").asText()).isEqualTo("NOT_ANSWERED");
        assertThat(byOperator.status()).isEqualTo(403);
        assertThat(byOperator.get("error").asText()).isEqualTo("NOT_REQUESTER");
        assertThat(byOther.status()).isEqualTo(403);
        assertThat(badScore.status()).isEqualTo(400);
        assertThat(badScore.get("field").asText()).isEqualTo("score");
        assertThat(smuggled.status()).isEqualTo(400);
        assertThat(smuggled.get("field").asText()).isIn("ratedBy", "ticketId");
        assertThat(rated.status()).isEqualTo(201);
        assertThat(rated.get("ratedBy").asText()).isEqualTo("yamada");
        assertThat(rated.get("ticketId").asLong()).isEqualTo(email);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.get("error").asText()).isEqualTo("ALREADY_RATED");
        assertThat(other.status()).isEqualTo(201);
        assertThat(sql.queryOne("SELECT score FROM satisfaction_rating WHERE ticket_id = ?", row -> row.getInt(1),
                email)).contains(4);

        Answer figures = api().get("/service-level/satisfaction?from=2026-12&to=2026-12", "kimura", "approver");
        List<String> lines = new java.util.ArrayList<>();
        figures.get("items").forEach(r -> lines.add(r.get("month").asText() + " " + r.get("channel").asText() + " "
                + r.get("ratings").asInt() + " " + r.get("average").asDouble() + " "
                + r.get("byScore")));
        assertThat(lines).containsExactly("2026-12 EMAIL 1 4.0 [0,0,0,1,0]", "2026-12 PORTAL 1 2.0 [0,1,0,0,0]",
                "2026-12 ALL 2 3.0 [0,1,0,1,0]");
    }
}
