package jp.resas.ops.sla;

import static jp.resas.ops.calendar.CalendarFixtures.CALENDAR;
import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static jp.resas.ops.sla.PauseReason.WAITING_FOR_APPROVAL;
import static jp.resas.ops.sla.PauseReason.WAITING_FOR_REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.calendar.BusinessCalendarSettings;
import org.junit.jupiter.api.Test;

class SlaCalculatorTest {

    private static final SlaPolicies POLICIES = SlaPolicies.defaults();
    /** 4h first response, 24h resolution, pauses on the requester. */
    private static final SlaPolicy INQUIRY_MEDIUM = POLICIES.policyFor(TicketType.INQUIRY, Priority.MEDIUM);
    /** 1h first response, 8h resolution. */
    private static final SlaPolicy INCIDENT_HIGH = POLICIES.policyFor(TicketType.INCIDENT, Priority.HIGH);
    private final SlaCalculator calculator = new SlaCalculator(CALENDAR);

    @Test
    void evaluate_createdFridayAfternoon_dueTimesContinueAfterTheWeekend() {
        // given
        var timeline = SlaTimeline.createdAt(jst("2026-06-05T15:00"));

        // when
        var status = calculator.evaluate(INQUIRY_MEDIUM, timeline, jst("2026-06-05T16:00"));

        // then
        assertThat(status.firstResponse().dueAt()).contains(jst("2026-06-08T11:00"));
        assertThat(status.firstResponse().warningAt()).contains(jst("2026-06-08T10:12"));
        assertThat(status.firstResponse().remaining()).isEqualTo(Duration.ofHours(3));
        assertThat(status.resolution().dueAt()).contains(jst("2026-06-10T15:00"));
        assertThat(status.overall()).isEqualTo(SlaState.OK);
    }

    @Test
    void evaluate_createdBeforeShowaDay_resolutionSkipsTheHoliday() {
        var status = calculator.evaluate(INCIDENT_HIGH,
                SlaTimeline.createdAt(jst("2026-04-28T14:00")), jst("2026-04-28T14:00"));

        assertThat(status.firstResponse().dueAt()).contains(jst("2026-04-28T15:00"));
        assertThat(status.resolution().dueAt()).contains(jst("2026-04-30T14:00"));
    }

    @Test
    void evaluate_createdOnLastDayBeforeYearEnd_firstResponseDueOnJanuaryFourth() {
        var policy = POLICIES.policyFor(TicketType.INQUIRY, Priority.HIGH); // 2h
        var status = calculator.evaluate(policy,
                SlaTimeline.createdAt(jst("2026-12-28T16:00")), jst("2026-12-30T12:00"));

        assertThat(status.firstResponse().dueAt()).contains(jst("2027-01-04T10:00"));
        assertThat(status.firstResponse().elapsed()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void evaluate_waitingForRequester_stopsTheResolutionClock() {
        // given responded at 9:30, then waiting on the requester from Monday 13:00 to Wednesday 13:00
        var timeline = SlaTimeline.createdAt(jst("2026-06-08T09:00"))
                .respondedAt(jst("2026-06-08T09:30"))
                .paused(WAITING_FOR_REQUESTER, jst("2026-06-08T13:00"), jst("2026-06-10T13:00"));

        // when evaluated during and after the wait
        var during = calculator.evaluate(INQUIRY_MEDIUM, timeline, jst("2026-06-09T12:00"));
        var after = calculator.evaluate(INQUIRY_MEDIUM, timeline, jst("2026-06-10T14:00"));

        // then
        assertThat(during.resolution().state()).isEqualTo(SlaState.PAUSED);
        assertThat(during.resolution().dueAt()).isEmpty();
        assertThat(during.resolution().remaining()).isEqualTo(Duration.ofHours(20));
        assertThat(during.firstResponse().state()).isEqualTo(SlaState.MET);
        assertThat(during.overall()).isEqualTo(SlaState.PAUSED);
        assertThat(after.resolution().state()).isEqualTo(SlaState.OK);
        assertThat(after.resolution().dueAt()).contains(jst("2026-06-12T17:00"));
        assertThat(after.resolution().elapsed()).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void evaluate_pauseThePolicyDoesNotHonour_clockKeepsRunning() {
        var timeline = SlaTimeline.createdAt(jst("2026-06-08T09:00"))
                .paused(WAITING_FOR_APPROVAL, jst("2026-06-08T13:00"), null);

        var status = calculator.evaluate(INQUIRY_MEDIUM, timeline, jst("2026-06-09T12:00"));

        assertThat(status.resolution().state()).isEqualTo(SlaState.OK);
        assertThat(status.resolution().dueAt()).contains(jst("2026-06-10T17:00"));
    }

    @Test
    void evaluate_overlappingPauses_discountTheOverlapOnce() {
        var policy = POLICIES.policyFor(TicketType.WORK_REQUEST, Priority.MEDIUM); // 40h, both reasons
        var timeline = SlaTimeline.createdAt(jst("2026-06-08T09:00"))
                .paused(WAITING_FOR_REQUESTER, jst("2026-06-08T10:00"), jst("2026-06-08T14:00"))
                .paused(WAITING_FOR_APPROVAL, jst("2026-06-08T12:00"), jst("2026-06-08T16:00"));

        var status = calculator.evaluate(policy, timeline, jst("2026-06-08T17:00"));

        assertThat(status.resolution().elapsed()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void evaluate_acrossTheFirstResponseTarget_movesOkWarningBreached() {
        // given a critical incident: 30 minutes to respond, warning at 80% = 24 minutes
        var policy = POLICIES.policyFor(TicketType.INCIDENT, Priority.CRITICAL);
        var timeline = SlaTimeline.createdAt(jst("2026-06-08T10:00"));

        // when / then
        assertThat(state(policy, timeline, "2026-06-08T10:23")).isEqualTo(SlaState.OK);
        assertThat(state(policy, timeline, "2026-06-08T10:24")).isEqualTo(SlaState.WARNING);
        assertThat(state(policy, timeline, "2026-06-08T10:30")).isEqualTo(SlaState.BREACHED);
        assertThat(state(policy, timeline.respondedAt(jst("2026-06-08T10:29")), "2026-06-08T11:00"))
                .isEqualTo(SlaState.MET);
        assertThat(state(policy, timeline.respondedAt(jst("2026-06-08T10:31")), "2026-06-08T11:00"))
                .isEqualTo(SlaState.BREACHED);
    }

    @Test
    void evaluate_breachedThenPaused_staysBreached() {
        var timeline = SlaTimeline.createdAt(jst("2026-06-08T09:00"))
                .respondedAt(jst("2026-06-08T09:10"))
                .paused(WAITING_FOR_REQUESTER, jst("2026-06-09T10:00"), null);

        var status = calculator.evaluate(INCIDENT_HIGH, timeline, jst("2026-06-10T10:00"));

        assertThat(status.resolution().state()).isEqualTo(SlaState.BREACHED);
        assertThat(status.resolution().remaining()).isEqualTo(Duration.ofHours(-1));
        assertThat(status.resolution().dueAt()).contains(jst("2026-06-08T17:00"));
    }

    @Test
    void evaluate_resolvedInTimeWithoutRecordedResponse_bothClocksMet() {
        var timeline = SlaTimeline.createdAt(jst("2026-06-08T09:00")).resolvedAt(jst("2026-06-08T09:45"));

        var status = calculator.evaluate(INCIDENT_HIGH, timeline, jst("2026-07-01T09:00"));

        assertThat(status.overall()).isEqualTo(SlaState.MET);
        assertThat(status.resolution().elapsed()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void evaluate_factsAfterTheInstant_areNotYetKnown() {
        var timeline = SlaTimeline.createdAt(jst("2026-06-08T09:00")).respondedAt(jst("2026-06-08T09:50"));

        assertThat(calculator.evaluate(INCIDENT_HIGH, timeline, jst("2026-06-08T09:49")).firstResponse().state())
                .isEqualTo(SlaState.WARNING);
    }

    @Test
    void evaluate_calendarGainsAClosedDay_dueTimeMoves() {
        // given the administrators close Tuesday 2026-06-09
        var closedTuesday = new SlaCalculator(new BusinessCalendar(CALENDAR.holidays(),
                BusinessCalendarSettings.defaults().withAdditionalClosedDays(Set.of(LocalDate.of(2026, 6, 9)))));
        var timeline = SlaTimeline.createdAt(jst("2026-06-08T13:00"));

        // when
        var before = calculator.evaluate(INCIDENT_HIGH, timeline, jst("2026-06-08T13:00"));
        var after = closedTuesday.evaluate(INCIDENT_HIGH, timeline, jst("2026-06-08T13:00"));

        // then
        assertThat(before.resolution().dueAt()).contains(jst("2026-06-09T13:00"));
        assertThat(after.resolution().dueAt()).contains(jst("2026-06-10T13:00"));
    }

    @Test
    void evaluate_beforeCreation_isRefused() {
        assertThatThrownBy(() -> calculator.evaluate(INCIDENT_HIGH,
                SlaTimeline.createdAt(jst("2026-06-08T09:00")), jst("2026-06-08T08:00")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private SlaState state(SlaPolicy policy, SlaTimeline timeline, String at) {
        return calculator.evaluate(policy, timeline, jst(at)).firstResponse().state();
    }
}
