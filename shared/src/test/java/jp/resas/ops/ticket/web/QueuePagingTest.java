package jp.resas.ops.ticket.web;

import static jp.resas.ops.calendar.CalendarFixtures.jst;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.calendaradmin.infrastructure.CalendarAdminService;
import jp.resas.ops.common.Actor;
import jp.resas.ops.incident.IncidentSla;
import jp.resas.ops.incident.Severity;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.sla.ClockStatus;
import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaCalculator;
import jp.resas.ops.sla.SlaPolicies;
import jp.resas.ops.sla.SlaPolicySource;
import jp.resas.ops.sla.SlaState;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.sla.SlaTimeline;
import jp.resas.ops.sla.TicketType;
import jp.resas.ops.slaadmin.PolicyChange;
import jp.resas.ops.slaadmin.infrastructure.SlaPolicyService;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.MovableClock;
import jp.resas.ops.testutils.TestPlatform;
import jp.resas.ops.ticket.DueTimes;
import jp.resas.ops.ticket.OpenWork;
import jp.resas.ops.ticket.Queue;
import jp.resas.ops.ticket.QueuePage;
import jp.resas.ops.ticket.ReadingQueues;
import jp.resas.ops.ticket.SlaEvaluation;
import jp.resas.ops.ticket.Tickets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The queues read a keyset page at a time on stored due times. The oracle is the SLA engine itself: every
 * open item evaluated now with the calendar and policies in force, selected by the rules the queues had when
 * they computed everything per request, ordered by due time (earliest due of a clock not met in time), source
 * (incidents, tickets) and id. The seeded rows are written by SQL without due times, as rows older than the
 * stored due times are, so the first read also computes them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuePagingTest implements TestPropertyProvider {

    private static final String[] PEOPLE = {"ito", "kato", "sato"};

    private final MovableClock clock = new MovableClock(jst("2026-06-10T11:00"));
    private final Random random = new Random(18);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;
    @Inject
    Tickets tickets;
    @Inject
    CalendarSource calendar;
    @Inject
    SlaPolicySource policies;
    @Inject
    List<OpenWork> sources;
    @Inject
    SlaPolicyService policyService;
    @Inject
    CalendarAdminService calendarService;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    /** Where an item stands in the oracle's order, and what the engine says of it. */
    private record Expected(String kind, long id, int source, Instant due, Optional<SlaStatus> sla,
            String assignee, String requester) {

        String key() {
            return kind + "-" + id;
        }
    }

    @BeforeAll
    void seed() {
        for (int i = 0; i < 160; i++) {
            incident(jst("2026-06-01T00:00").plus(Duration.ofMinutes(random.nextInt(9 * 24 * 60 + 11 * 60))));
        }
        for (int i = 0; i < 160; i++) {
            ticket(jst("2026-06-01T00:00").plus(Duration.ofMinutes(random.nextInt(9 * 24 * 60 + 11 * 60))));
        }
    }

    /** An open incident with random severity, assignee, raiser, response and mitigation. */
    private long incident(Instant openedAt) {
        Instant now = clock.instant();
        Instant responded = random.nextInt(3) == 0 ? null : between(openedAt, now);
        Instant mitigated = random.nextInt(4) == 0 ? between(openedAt, now) : null;
        return sql.queryOne("""
                INSERT INTO incident (title, severity, status, source, opened_at, created_by, assignee, responded_at,
                                      mitigated_at)
                VALUES (?, ?, ?, 'MANUAL', ?, ?, ?, ?, ?) RETURNING id
                """, row -> row.getLong(1), "seeded incident", 1 + random.nextInt(4),
                mitigated == null ? "DETECTED" : "MITIGATED", openedAt, person(), person(), responded, mitigated)
                .orElseThrow();
    }

    /** An open ticket of any kind with random priority, people, response, resolution and waits. */
    private long ticket(Instant createdAt) {
        Instant now = clock.instant();
        String[][] kinds = {{"INQUIRY", "RECEIVED"}, {"WORK_REQUEST", "RECEIVED"}, {"CHANGE_REQUEST", "DRAFT"},
            {"ISSUE", "OPEN"}};
        String[] kind = kinds[random.nextInt(kinds.length)];
        Instant responded = random.nextInt(2) == 0 ? null : between(createdAt, now);
        Instant resolved = random.nextInt(8) == 0 ? between(createdAt, now) : null;
        String requester = PEOPLE[random.nextInt(PEOPLE.length)];
        long id = sql.queryOne("""
                INSERT INTO ticket (kind, title, priority, status, requester, assignee, created_at, first_responded_at,
                                    resolved_at, content_authors)
                VALUES (?, 'seeded ticket', ?, ?, ?, ?, ?, ?, ?, ARRAY[?]) RETURNING id
                """, row -> row.getLong(1), kind[0], Priority.values()[random.nextInt(4)].name(), kind[1], requester,
                person(), createdAt, responded, resolved, requester).orElseThrow();
        int waits = random.nextInt(4);
        if (waits > 0) {
            Instant from = between(createdAt, now);
            Instant until = waits == 1 ? null : between(from, now);
            if (until == null || until.isAfter(from)) {
                sql.update("INSERT INTO ticket_pause (ticket_id, reason, from_at, until_at) VALUES (?, ?, ?, ?)", id,
                        PauseReason.values()[random.nextInt(3)].name(), from, until);
            }
        }
        return id;
    }

    private String person() {
        int n = random.nextInt(PEOPLE.length + 2);
        return n < PEOPLE.length ? PEOPLE[n] : null;
    }

    private Instant between(Instant from, Instant to) {
        long span = Duration.between(from, to).toMinutes();
        return span <= 0 ? to : from.plus(Duration.ofMinutes(1 + random.nextInt((int) span)));
    }

    // ---- the oracle: the SLA engine over every open item, and the queues' rules -------------------------

    private List<Expected> oracle(Queue queue, String user, Duration within) {
        BusinessCalendar cal = calendar.current();
        SlaPolicies pol = policies.current();
        SlaCalculator engine = new SlaCalculator(cal);
        Instant now = clock.instant();
        List<Expected> all = new ArrayList<>();
        sql.query("""
                SELECT id, severity, opened_at, responded_at, mitigated_at, resolved_at, closed_at, assignee, created_by
                FROM incident WHERE status <> 'CLOSED'
                """, row -> {
                    SlaTimeline timeline = IncidentSla.timeline(Sql.instant(row, "opened_at"),
                            Sql.instant(row, "responded_at"), Sql.instant(row, "mitigated_at"),
                            Sql.instant(row, "resolved_at"), Sql.instant(row, "closed_at"));
                    SlaStatus s = engine.evaluate(pol.policyFor(TicketType.INCIDENT,
                            Severity.priority(row.getInt("severity"))), timeline, later(now, timeline.createdAt()));
                    all.add(new Expected("INCIDENT", row.getLong("id"), 0, due(s), Optional.of(s),
                            row.getString("assignee"), row.getString("created_by")));
                    return null;
                });
        tickets.open().forEach(t -> {
            Optional<SlaStatus> s = t.kind().slaType().map(type -> engine.evaluate(pol.policyFor(type, t.priority()),
                    t.slaTimeline(), later(now, t.createdAt())));
            all.add(new Expected(t.kind().name(), t.id().value(), 1, s.map(QueuePagingTest::due).orElse(DueTimes.NO_DUE),
                    s, t.assignee(), t.requester()));
        });
        return all.stream().filter(e -> belongs(e, queue, user, within))
                .sorted(Comparator.comparing(Expected::due).thenComparingInt(Expected::source)
                        .thenComparingLong(Expected::id))
                .toList();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The earliest due time of a clock not met in time. */
    private static Instant due(SlaStatus s) {
        return Stream.of(s.firstResponse(), s.resolution()).filter(c -> c.state() != SlaState.MET)
                .map(ClockStatus::dueAt).flatMap(Optional::stream).min(Instant::compareTo).orElse(DueTimes.NO_DUE);
    }

    /** The queues' membership as it was computed per request before due times were stored. */
    private static boolean belongs(Expected e, Queue queue, String user, Duration within) {
        return switch (queue) {
            case MINE -> user.equals(e.assignee()) || user.equals(e.requester());
            case UNASSIGNED -> e.assignee() == null;
            case BREACHED -> e.sla().map(s -> s.overall() == SlaState.BREACHED).orElse(false);
            case DUE_SOON -> e.sla().filter(s -> s.overall() != SlaState.BREACHED)
                    .map(s -> Stream.of(s.firstResponse(), s.resolution())
                            .filter(c -> c.state() == SlaState.OK || c.state() == SlaState.WARNING)
                            .anyMatch(c -> c.remaining().compareTo(within) <= 0))
                    .orElse(false);
        };
    }

    // ---- reading the API ------------------------------------------------------------------------------------

    private List<JsonNode> walk(String path, int limit, Runnable betweenPages) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String separator = path.contains("?") ? "&" : "?";
            Api.Answer answer = new Api(http).get(path + separator + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)),
                    "ito", "operator");
            assertThat(answer.status()).as(path).isEqualTo(200);
            JsonNode page = answer.body();
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            page.get("items").forEach(items::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            betweenPages.run();
            assertThat(++pages).as("pages").isLessThan(1000);
        } while (cursor != null);
        return items;
    }

    private static String key(JsonNode item) {
        return item.get("kind").asText() + "-" + item.get("id").asLong();
    }

    private static Instant due(JsonNode item) {
        return item.get("queueDueAt").isNull() ? DueTimes.NO_DUE : Instant.parse(item.get("queueDueAt").asText());
    }

    private void assertPagesEqualTheEngine(String path, Queue queue, String user, Duration within) {
        List<JsonNode> answered = walk(path, 13, () -> { });
        List<Expected> expected = oracle(queue, user, within);
        assertThat(answered.stream().map(QueuePagingTest::key).toList()).as(path)
                .containsExactlyElementsOf(expected.stream().map(Expected::key).toList());
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            JsonNode item = answered.get(i);
            assertThat(due(item)).as(e.key()).isEqualTo(e.due());
            e.sla().ifPresentOrElse(s -> {
                assertThat(item.get("sla").get("state").asText()).as(e.key()).isEqualTo(s.overall().name());
                assertThat(item.get("sla").get("firstResponse").get("remainingMinutes").asLong()).as(e.key())
                        .isEqualTo(s.firstResponse().remaining().toMinutes());
                assertThat(item.get("sla").get("resolution").get("remainingMinutes").asLong()).as(e.key())
                        .isEqualTo(s.resolution().remaining().toMinutes());
            }, () -> assertThat(item.get("sla").isNull()).as(e.key()).isTrue());
        }
    }

    private void assertEveryQueueEqualsTheEngine() {
        assertPagesEqualTheEngine("/queues/unassigned", Queue.UNASSIGNED, "ito", Duration.ofMinutes(240));
        assertPagesEqualTheEngine("/queues/mine", Queue.MINE, "ito", Duration.ofMinutes(240));
        assertPagesEqualTheEngine("/queues/breached", Queue.BREACHED, "ito", Duration.ofMinutes(240));
        assertPagesEqualTheEngine("/queues/due-soon", Queue.DUE_SOON, "ito", Duration.ofMinutes(240));
        assertPagesEqualTheEngine("/queues/due-soon?withinMinutes=960", Queue.DUE_SOON, "ito", Duration.ofMinutes(960));
    }

    // ---- the tests ------------------------------------------------------------------------------------------

    @Test
    void everyQueuesPages_equalTheEngineOnTheSameData_atSeveralInstants() {
        assertThat(oracle(Queue.BREACHED, "ito", Duration.ofMinutes(240))).hasSizeGreaterThan(20);
        assertThat(oracle(Queue.DUE_SOON, "ito", Duration.ofMinutes(960))).hasSizeGreaterThan(5);
        for (String at : List.of("2026-06-10T11:00", "2026-06-10T16:59", "2026-06-12T17:00", "2026-06-13T10:00")) {
            clock.set(jst(at));
            assertEveryQueueEqualsTheEngine();
        }
        clock.set(jst("2026-06-10T11:00"));
    }

    @Test
    void pagingThroughAQueue_whileItemsAreAdded_returnsEveryItemOnce_inDueOrder() {
        Set<String> before = new HashSet<>(oracle(Queue.UNASSIGNED, "ito", Duration.ofMinutes(240)).stream()
                .map(Expected::key).toList());
        List<String> added = new ArrayList<>();
        List<JsonNode> seen = walk("/queues/unassigned", 9, () -> {
            long incident = sql.queryOne("""
                    INSERT INTO incident (title, severity, status, source, opened_at)
                    VALUES ('added between pages', ?, 'DETECTED', 'MANUAL', ?) RETURNING id
                    """, row -> row.getLong(1), 1 + random.nextInt(4),
                    clock.instant().minus(Duration.ofMinutes(random.nextInt(5 * 24 * 60)))).orElseThrow();
            added.add("INCIDENT-" + incident);
        });

        List<String> keys = seen.stream().map(QueuePagingTest::key).toList();
        assertThat(new HashSet<>(keys)).as("no item twice").hasSize(keys.size());
        assertThat(keys).as("every item open before the walk").containsAll(before);
        assertThat(seen.stream().map(item -> new jp.resas.ops.ticket.QueuePosition(due(item),
                item.get("kind").asText().equals("INCIDENT") ? 0 : 1, item.get("id").asLong())).toList())
                .as("due order").isSorted();
        assertThat(added).as("items added during the walk").isNotEmpty();
        assertThat(keys).as("some added after the cursor are reached").containsAnyElementsOf(added);
    }

    @Test
    void aPolicyChange_movesDueTimes_andTheQueueOrder() {
        Instant at = clock.instant();
        long inquiry = sql.queryOne("""
                INSERT INTO ticket (kind, title, priority, status, requester, created_at, content_authors)
                VALUES ('INQUIRY', 'policy probe', 'LOW', 'RECEIVED', 'yamada', ?, ARRAY['yamada']) RETURNING id
                """, row -> row.getLong(1), at.minus(Duration.ofMinutes(30))).orElseThrow();
        List<String> orderBefore = walk("/queues/unassigned", 50, () -> { }).stream().map(QueuePagingTest::key).toList();
        Instant dueBefore = probeDue(inquiry);

        var stored = policyService.table().get(TicketType.INQUIRY, Priority.LOW);
        policyService.change(TicketType.INQUIRY, Priority.LOW, new PolicyChange(10L,
                stored.policy().resolution().toMinutes(), stored.policy().warningPercent(),
                stored.policy().pausedBy().stream().map(Enum::name).toList(), stored.version()),
                new Actor("admin", "test"));

        Instant dueAfter = probeDue(inquiry);
        assertThat(dueAfter).isBefore(dueBefore).isBefore(at);
        List<String> orderAfter = walk("/queues/unassigned", 50, () -> { }).stream().map(QueuePagingTest::key).toList();
        assertThat(orderAfter).isNotEqualTo(orderBefore);
        assertThat(orderAfter.indexOf("INQUIRY-" + inquiry)).isLessThan(orderBefore.indexOf("INQUIRY-" + inquiry));
        assertThat(new Api(http).get("/queues/breached?limit=1000", "ito", "operator").body().get("items").toString())
                .contains("\"id\":" + inquiry + ",");
        assertEveryQueueEqualsTheEngine();
    }

    @Test
    void aClosedDay_movesDueTimes_asTheEngineCountsThem() {
        calendarService.closeDay(LocalDate.parse("2026-06-11"), "臨時閉庁", new Actor("admin", "test"));
        assertEveryQueueEqualsTheEngine();
        calendarService.reopenDay(LocalDate.parse("2026-06-11"), new Actor("admin", "test"));
        assertEveryQueueEqualsTheEngine();
    }

    private Instant probeDue(long inquiry) {
        return sql.queryOne("SELECT sla_queue_due_at FROM ticket WHERE id = ?", row -> Sql.instant(row, "sla_queue_due_at"), inquiry)
                .orElseThrow();
    }

    @Test
    void listing200QueueItems_readsTheCalendarAndThePoliciesOnce() {
        // counted through wrappers around the real ports (pg_stat_statements is not available)
        AtomicInteger calendarReads = new AtomicInteger();
        AtomicInteger policyReads = new AtomicInteger();
        CalendarSource countedCalendar = () -> {
            calendarReads.incrementAndGet();
            return calendar.current();
        };
        SlaPolicySource countedPolicies = () -> {
            policyReads.incrementAndGet();
            return policies.current();
        };
        sql.update("""
                INSERT INTO incident (title, severity, status, source, opened_at)
                SELECT 'counted', 1 + n % 4, 'DETECTED', 'MANUAL', ? - n * interval '7 minutes'
                FROM generate_series(1, 210) n
                """, clock.instant());
        var queues = new ReadingQueues(sources, new SlaEvaluation(countedCalendar, countedPolicies, clock));
        QueuePage page = queues.queue(Queue.UNASSIGNED, "ito", Duration.ofMinutes(240), Optional.empty(), 200);

        assertThat(page.items()).hasSize(200);
        assertThat(page.items().stream().filter(item -> item.sla().isPresent())).hasSizeGreaterThan(150);
        assertThat(calendarReads).hasValue(1);
        assertThat(policyReads).hasValue(1);
    }

    @Test
    void aBadCursorOrLimit_isRefusedByName() {
        Api api = new Api(http);
        for (String query : List.of("cursor=bm9wZQ", "cursor=" + URLEncoder.encode(
                jp.resas.ops.platform.jdbc.Keyset.ascending(jp.resas.ops.platform.jdbc.Keyset.number("id"))
                        .cursor(List.of(5L)), StandardCharsets.UTF_8), "limit=0", "limit=1001", "limit=x")) {
            Api.Answer answer = api.get("/queues/unassigned?" + query, "ito", "operator");
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.get("field").asText()).as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }
}
