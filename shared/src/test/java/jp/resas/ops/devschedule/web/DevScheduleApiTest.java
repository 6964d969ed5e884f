package jp.resas.ops.devschedule.web;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.devschedule.ScheduleLine;
import jp.resas.ops.devschedule.Slip;
import jp.resas.ops.devschedule.infrastructure.DevScheduleService;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

@PlatformTest
class DevScheduleApiTest {

    private final MovableClock clock = new MovableClock(jst("2026-11-16T10:00"));

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    DevScheduleService schedule;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private Api api() {
        return new Api(http);
    }

    private static Map<String, Object> body(String name, String test, String release, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "kind", "MENU", "status", "IN_PROGRESS",
                "progress", 40, "milestones", Map.of(
                        "DESIGN", Map.of("planned", "2026-11-02", "actual", "2026-11-02"),
                        "BUILD", Map.of("planned", "2026-11-13"),
                        "TEST", Map.of("planned", test),
                        "RELEASE", Map.of("planned", release))));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    private static JsonNode slip(Answer line, int index) {
        return line.get("slips").get(index);
    }

    @Test
    void slippedSinceLastWeek_marksRescheduledAndOverdueMilestones() {
        // given an item planned on Monday 11/16: build 11/13 (already late), test 11/20, release 11/27
        clock.set(jst("2026-11-16T10:00"));
        Answer added = api().post("/dev-schedule", body("地域経済循環マップ 改修", "2026-11-20", "2026-11-27"),
                "sato", "operator");
        Answer steady = api().post("/dev-schedule", body("人口マップ 改修", "2026-11-30", "2026-12-04",
                "kind", "FUNCTION"), "sato", "operator");
        assertThat(added.status()).isEqualTo(201);

        // when a week later the test and release are moved a week on, and the build is still not done
        clock.set(jst("2026-11-24T10:00"));
        Answer moved = api().put("/dev-schedule/" + added.id(), body("地域経済循環マップ 改修", "2026-11-27",
                "2026-12-04", "version", added.version()), "suzuki", "operator");

        // then as of 11/24 the test and release were rescheduled; the build's 11/13 was before the week
        List<ScheduleLine> lines = schedule.asOf(LocalDate.of(2026, 11, 24));
        ScheduleLine line = lines.stream().filter(l -> l.item().id() == added.id()).findFirst().orElseThrow();
        assertThat(line.slips()).extracting(Slip::milestone, Slip::reason, Slip::plannedWeekBefore, Slip::plannedNow)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(jp.resas.ops.devschedule.Milestone.TEST,
                                Slip.Reason.RESCHEDULED, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27)),
                        org.assertj.core.groups.Tuple.tuple(jp.resas.ops.devschedule.Milestone.RELEASE,
                                Slip.Reason.RESCHEDULED, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 4)));
        assertThat(lines.stream().filter(l -> l.item().id() == steady.id()).findFirst().orElseThrow().slipped())
                .isFalse();
        assertThat(moved.get("slipped").asBoolean()).isTrue();
        assertThat(slip(moved, 0).get("reasonLabel").asText()).isEqualTo("予定日の延期");

        // and as of 12/01, nothing was re-planned in the week but the test's 11/27 passed without a result
        Answer asOf = api().get("/dev-schedule?asOf=2026-12-01", "kimura", "viewer");
        JsonNode later = asOf.get("items").get(0);
        assertThat(later.get("name").asText()).isEqualTo("人口マップ 改修");
        JsonNode moveditem = asOf.get("items").get(1);
        assertThat(moveditem.get("slips")).hasSize(1);
        assertThat(moveditem.get("slips").get(0).get("milestone").asText()).isEqualTo("TEST");
        assertThat(moveditem.get("slips").get(0).get("reason").asText()).isEqualTo("OVERDUE");
    }

    @Test
    void changeRequests_mustExist_andBadPlansAre400NamingTheField() {
        clock.set(jst("2026-11-16T10:00"));
        Answer cr = api().post("/change-requests", Map.of("title", "メニュー改修の設計書変更", "priority", "MEDIUM",
                "fields", Map.of("changeKind", "DESIGN_DOCUMENT", "target", "設計書", "reason", "改修")),
                "sato", "operator");
        Answer linked = api().post("/dev-schedule", body("観光マップ", "2026-11-20", "2026-11-27",
                "changeRequests", List.of(cr.id())), "sato", "operator");
        Answer unknown = api().post("/dev-schedule", body("x", "2026-11-20", "2026-11-27",
                "changeRequests", List.of(999999)), "sato", "operator");
        Answer outOfOrder = api().post("/dev-schedule", body("x", "2026-11-10", "2026-11-27"), "sato", "operator");
        Answer badDate = api().post("/dev-schedule", body("x", "11/20", "2026-11-27"), "sato", "operator");
        Answer doneWithoutRelease = api().post("/dev-schedule", body("x", "2026-11-20", "2026-11-27",
                "status", "DONE"), "sato", "operator");
        Answer byViewer = api().post("/dev-schedule", body("x", "2026-11-20", "2026-11-27"), "kimura", "viewer");
        Answer stale = api().put("/dev-schedule/" + linked.id(), body("観光マップ", "2026-11-20", "2026-11-27",
                "version", linked.version() + 5), "sato", "operator");

        assertThat(linked.get("changeRequests").get(0).asLong()).isEqualTo(cr.id());
        assertThat(unknown.get("field").asText()).isEqualTo("changeRequests");
        assertThat(outOfOrder.get("field").asText()).isEqualTo("milestones.TEST.planned");
        assertThat(badDate.get("field").asText()).isEqualTo("milestones.TEST.planned");
        assertThat(doneWithoutRelease.get("field").asText()).isEqualTo("status");
        assertThat(List.of(unknown, outOfOrder, badDate, doneWithoutRelease)).extracting(Answer::status)
                .containsOnly(400);
        assertThat(byViewer.status()).isEqualTo(403);
        assertThat(stale.status()).isEqualTo(409);
    }
}
