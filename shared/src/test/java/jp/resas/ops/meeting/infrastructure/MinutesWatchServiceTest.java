package jp.resas.ops.meeting.infrastructure;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.common.Actor;
import jp.resas.ops.meeting.MeetingKind;
import jp.resas.ops.meeting.MinutesAlert;
import jp.resas.ops.meeting.MinutesContent;
import jp.resas.ops.meeting.NewMeeting;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

@PlatformTest
class MinutesWatchServiceTest {

    private final MovableClock clock = new MovableClock(jst("2026-11-20T15:30"));

    @Inject
    MinutesWatchService watch;
    @Inject
    MeetingService meetings;
    @Inject
    Sql sql;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private long meeting(String title) {
        return meetings.record(new NewMeeting(MeetingKind.MONTHLY, title, jst("2026-11-20T14:00"),
                jst("2026-11-20T15:00"), List.of("木村"), List.of("佐藤"), null,
                new MinutesContent("議題", "", List.of())), new Actor("sato", "test"));
    }

    private List<String> timeline(long id) {
        return sql.query("SELECT kind FROM meeting_timeline WHERE meeting_id = ? AND kind LIKE 'MINUTES_%' ORDER BY id",
                row -> row.getString(1), id);
    }

    @Test
    void reminderThenBreach_eachOnce_andSubmittedMinutesRaiseNothing() {
        // given two meetings ending Fri 11/20 15:00 (due Thu 11/26 15:00 across the holiday, reminder Wed 15:00)
        clock.set(jst("2026-11-20T15:30"));
        long late = meeting("遅れる議事録");
        long onTime = meeting("期限内の議事録");
        List<MinutesAlert> published = new ArrayList<>();

        // when the schedule runs before the reminder, at the reminder twice, after submitting one, and at the due time
        clock.set(jst("2026-11-25T14:55"));
        List<MinutesAlert> early = watch.run(published::add);
        clock.set(jst("2026-11-25T15:00"));
        List<MinutesAlert> reminders = watch.run(published::add);
        List<MinutesAlert> again = watch.run(published::add);
        long version = meetings.detail(onTime).meeting().version();
        meetings.submit(onTime, version, new Actor("sato", "test"));
        clock.set(jst("2026-11-26T15:00"));
        List<MinutesAlert> breaches = watch.run(published::add);

        // then
        assertThat(early).filteredOn(a -> a.meetingId() == late || a.meetingId() == onTime).isEmpty();
        assertThat(reminders).extracting(MinutesAlert::meetingId).contains(late, onTime);
        assertThat(again).isEmpty();
        assertThat(breaches).extracting(MinutesAlert::meetingId, MinutesAlert::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(late, MinutesAlert.Level.BREACHED));
        assertThat(timeline(late)).containsExactly("MINUTES_REMINDER", "MINUTES_BREACHED");
        assertThat(timeline(onTime)).containsExactly("MINUTES_REMINDER");
        assertThat(breaches.get(0).message()).isEqualTo("議事録の提出期限 (2026/11/26 15:00) を超過しました。");
    }

    @Test
    void failedPublish_claimsNothing_soTheNextRunRaisesItAgain() {
        clock.set(jst("2026-11-20T15:30"));
        long id = meeting("通知失敗");
        clock.set(jst("2026-11-26T16:00"));

        assertThatThrownBy(() -> watch.run(alert -> {
            throw new IllegalStateException("SNS unavailable");
        })).hasMessageContaining("SNS unavailable");
        assertThat(timeline(id)).isEmpty();

        List<MinutesAlert> retried = watch.run(alert -> { });
        assertThat(retried).extracting(MinutesAlert::meetingId).contains(id);
        assertThat(timeline(id)).containsExactly("MINUTES_BREACHED");
    }
}
