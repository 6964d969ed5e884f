package jp.resas.ops.slawatch.infrastructure;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.Actor;
import jp.resas.ops.inquiry.InquiryRules;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.slawatch.SlaAlert;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.infrastructure.TicketService;
import org.junit.jupiter.api.Test;

@PlatformTest
class SlaWatchServiceTest {

    private final MovableClock clock = new MovableClock(jst("2026-06-08T09:00"));

    @Inject
    SlaWatchService watch;
    @Inject
    TicketService tickets;
    @Inject
    Sql sql;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private TicketId inquiry(String title) {
        return tickets.open(InquiryRules.RULES, new NewTicket(title, Priority.CRITICAL, Map.of("requesterKind", "OWNER",
                "channel", "EMAIL", "body", "b"), null, null), new Actor("yamada", "test"));
    }

    private int timeline(TicketId id, String kind) {
        return sql.queryOne("SELECT count(*) FROM ticket_timeline WHERE ticket_id = ? AND kind = ?",
                row -> row.getInt(1), id.value(), kind).orElseThrow();
    }

    @Test
    void warningThenBreach_eachRaisedOnce_onTheTimelineAndToThePublisher() {
        // given a CRITICAL inquiry (first response 1 h, warning at 48 min) opened Monday 09:00 JST
        clock.set(jst("2026-06-08T09:00"));
        TicketId id = inquiry("watch");
        List<SlaAlert> published = new ArrayList<>();

        // when the schedule runs at 09:50 twice, then at 10:10
        clock.set(jst("2026-06-08T09:50"));
        List<SlaAlert> first = watch.run(published::add);
        List<SlaAlert> again = watch.run(published::add);
        clock.set(jst("2026-06-08T10:10"));
        List<SlaAlert> later = watch.run(published::add);

        // then
        assertThat(first).extracting(SlaAlert::ticketId, SlaAlert::clock, SlaAlert::level)
                .contains(org.assertj.core.groups.Tuple.tuple(id.value(), SlaAlert.Clock.FIRST_RESPONSE,
                        SlaAlert.Level.WARNING));
        assertThat(again).isEmpty();
        assertThat(later).extracting(SlaAlert::ticketId, SlaAlert::level)
                .contains(org.assertj.core.groups.Tuple.tuple(id.value(), SlaAlert.Level.BREACHED));
        assertThat(published.stream().filter(a -> a.ticketId() == id.value()
                && a.clock() == SlaAlert.Clock.FIRST_RESPONSE)).hasSize(2);
        assertThat(timeline(id, "SLA_WARNING")).isEqualTo(1);
        assertThat(timeline(id, "SLA_BREACHED")).isEqualTo(1);
        assertThat(published.get(0).message()).startsWith("SLA 警告: 初回応答期限");
    }

    @Test
    void failedPublish_claimsNothing_soTheNextRunRaisesItAgain() {
        clock.set(jst("2026-06-09T09:00"));
        TicketId id = inquiry("retry");
        clock.set(jst("2026-06-09T09:50"));

        assertThatThrownBy(() -> watch.run(alert -> {
            throw new IllegalStateException("SNS unavailable");
        })).hasMessageContaining("SNS unavailable");
        assertThat(timeline(id, "SLA_WARNING")).isZero();

        List<SlaAlert> retried = watch.run(alert -> { });
        assertThat(retried).extracting(SlaAlert::ticketId).contains(id.value());
        assertThat(timeline(id, "SLA_WARNING")).isEqualTo(1);
    }

    @Test
    void incidents_areWatchedToo() {
        clock.set(jst("2026-06-10T09:00"));
        long incident = sql.queryOne("INSERT INTO incident (title, severity, status, source, opened_at) "
                + "VALUES ('db down', 1, 'DETECTED', 'MANUAL', ?) RETURNING id", row -> row.getLong(1),
                clock.instant()).orElseThrow();
        clock.set(jst("2026-06-10T09:40"));

        List<SlaAlert> raised = watch.run(alert -> { });

        assertThat(raised).extracting(SlaAlert::ticketId, SlaAlert::level)
                .contains(org.assertj.core.groups.Tuple.tuple(incident, SlaAlert.Level.BREACHED));
        assertThat(sql.queryOne("SELECT count(*) FROM incident_timeline WHERE incident_id = ? AND kind = 'SLA_BREACHED'",
                row -> row.getInt(1), incident)).contains(1);
    }
}
