package jp.resas.ops.calendaradmin.web;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@PlatformTest
class CalendarApiTest {

    private final MovableClock clock = new MovableClock(jst("2030-06-07T16:00"));

    @Inject
    @Client("/")
    HttpClient http;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private Api api() {
        return new Api(http);
    }

    private Answer inquiry() {
        return api().post("/inquiries", Map.of("title", "t", "priority", "HIGH", "fields", Map.of(
                "requesterKind", "OWNER", "channel", "EMAIL", "body", "b")), "y", "viewer");
    }

    @Test
    void closingADay_movesEveryOpenTicketsDueTime() {
        // given a HIGH inquiry (2 h first response) raised Friday 2030-06-07 16:00 JST: due Monday 10:00
        Answer before = inquiry();
        assertThat(before.get("sla").get("firstResponse").get("dueAt").asText()).isEqualTo("2030-06-10T01:00:00Z");

        // when Monday is closed
        Answer closed = api().put("/calendar/closed-days/2030-06-10", Map.of("reason", "庁舎停電"), "root", "admin");

        // then the same ticket is now due Tuesday 10:00
        assertThat(closed.get("closedDays").get("2030-06-10").asText()).isEqualTo("庁舎停電");
        assertThat(api().get("/inquiries/" + before.id(), "y", "viewer").get("sla").get("firstResponse")
                .get("dueAt").asText()).isEqualTo("2030-06-11T01:00:00Z");
        api().delete("/calendar/closed-days/2030-06-10", "root", "admin");
    }

    @Test
    void hours_areChangedWithVersion_staleIs409_badIs400() {
        Answer settings = api().get("/calendar", "k", "viewer");

        Answer changed = api().put("/calendar/hours", Map.of("opening", "08:30", "closing", "17:15",
                "version", settings.version()), "root", "admin");
        Answer stale = api().put("/calendar/hours", Map.of("opening", "09:00", "closing", "17:00",
                "version", settings.version()), "root", "admin");
        Answer backwards = api().put("/calendar/hours", Map.of("opening", "18:00", "closing", "09:00",
                "version", changed.version()), "root", "admin");

        assertThat(changed.get("opening").asText()).isEqualTo("08:30");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(backwards.get("field").asText()).isEqualTo("closing");
        api().put("/calendar/hours", Map.of("opening", "09:00", "closing", "17:00", "version", changed.version()),
                "root", "admin");
    }

    @Test
    void holidayImport_badFileIs400NamingTheLine_goodFileIsInForce() {
        String header = "国民の祝日・休日月日,国民の祝日・休日名称\n";
        Answer bad = api().send(HttpRequest.POST("/calendar/holidays?name=bad.csv", (header + "2031/13/1,元日\n")
                .getBytes(StandardCharsets.UTF_8)).contentType(MediaType.TEXT_PLAIN_TYPE), "root", "admin");
        Answer good = api().send(HttpRequest.POST("/calendar/holidays?name=syukujitsu-2031.csv", (header
                + "2031/1/1,元日\n2031/6/9,テスト祝日\n").getBytes(StandardCharsets.UTF_8))
                .contentType(MediaType.TEXT_PLAIN_TYPE), "root", "admin");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.get("field").asText()).isEqualTo("file");
        assertThat(bad.get("message").asText()).contains("line 2");
        assertThat(good.get("holidaySource").asText()).isEqualTo("syukujitsu-2031.csv");
    }

    @ParameterizedTest
    @CsvSource({"viewer, 403", "operator, 403", "approver, 403", "admin, 200"})
    void roleMatrix_closeDay(String group, int expected) {
        Answer answer = api().put("/calendar/closed-days/2031-02-03", Map.of("reason", "r"), "u", group);
        assertThat(answer.status()).isEqualTo(expected);
        if (expected == 200) {
            api().delete("/calendar/closed-days/2031-02-03", "root", "admin");
        }
    }
}
