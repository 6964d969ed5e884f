package jp.resas.ops.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.calendar.BusinessCalendarSettings;
import jp.resas.ops.calendar.HolidayCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calendar's year tables give every SLA the same answer as walking the days one by one: thousands of random
 * tickets (seeded, so a failure repeats) across the year-end closure, national holidays, days the administrators
 * closed and the very edges of business hours, each with random responses, resolutions and pauses, evaluated at
 * random instants under every policy.
 */
class SlaFromYearTablesTest {

    private static final HolidayCalendar HOLIDAYS = HolidayCalendar.shipped();
    private static final SlaPolicies POLICIES = SlaPolicies.defaults();
    /** From a month before the 2025 year-end closure to past the 2027 one: Golden Week, Silver Week, two closures. */
    private static final LocalDate FIRST = LocalDate.of(2025, 11, 20);
    private static final int DAYS = 800;
    private static final int TICKETS = 4_000;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {14, 2026, 4242})
    void evaluate_manyRandomTickets_sameStatusAsWalkingTheDays(long seed) {
        Random random = new Random(seed);
        BusinessCalendarSettings settings = settings(random);
        SlaCalculator tables = new SlaCalculator(new BusinessCalendar(HOLIDAYS, settings));
        SlaCalculator walking = new SlaCalculator(BusinessCalendar.dayByDay(HOLIDAYS, settings));
        int compared = 0;
        for (int i = 0; i < TICKETS; i++) {
            SlaTimeline timeline = timeline(random, settings);
            SlaPolicy policy = POLICIES.policyFor(pick(random, TicketType.values()), pick(random, Priority.values()));
            Instant at = later(random, timeline.createdAt(), settings);

            SlaStatus expected = walking.evaluate(policy, timeline, at);
            SlaStatus actual = tables.evaluate(policy, timeline, at);

            assertThat(actual).as("ticket %d: %s under %s at %s", i, timeline, policy, at).isEqualTo(expected);
            compared++;
        }
        assertThat(compared).isEqualTo(TICKETS);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 99})
    void calendarArithmetic_randomInstants_sameAsWalkingTheDays(long seed) {
        Random random = new Random(seed);
        BusinessCalendarSettings settings = settings(random);
        BusinessCalendar tables = new BusinessCalendar(HOLIDAYS, settings);
        BusinessCalendar walking = BusinessCalendar.dayByDay(HOLIDAYS, settings);
        for (int i = 0; i < TICKETS; i++) {
            Instant a = instant(random, settings);
            Instant b = instant(random, settings);
            Duration amount = amount(random);

            assertThat(tables.businessTimeBetween(a, b)).as("between %s and %s", a, b)
                    .isEqualTo(walking.businessTimeBetween(a, b));
            assertThat(tables.addBusinessHours(a, amount)).as("%s after %s", amount, a)
                    .isEqualTo(walking.addBusinessHours(a, amount));
            assertThat(tables.nextOpening(a)).as("next opening after %s", a).isEqualTo(walking.nextOpening(a));
            assertThat(tables.isOpen(a)).as("open at %s", a).isEqualTo(walking.isOpen(a));
        }
        for (int d = -400; d < DAYS + 400; d++) {
            LocalDate day = FIRST.plusDays(d);
            assertThat(tables.isBusinessDay(day)).as("%s", day).isEqualTo(walking.isBusinessDay(day));
        }
    }

    /** Default hours, or other hours (opening and closing on odd minutes), with some days closed by the administrators. */
    private static BusinessCalendarSettings settings(Random random) {
        Set<LocalDate> closed = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            closed.add(FIRST.plusDays(random.nextInt(DAYS)));
        }
        LocalTime opening = random.nextBoolean() ? LocalTime.of(9, 0) : LocalTime.of(8, 30);
        LocalTime closing = random.nextBoolean() ? LocalTime.of(17, 0) : LocalTime.of(17, 15);
        return new BusinessCalendarSettings(opening, closing, closed);
    }

    private static SlaTimeline timeline(Random random, BusinessCalendarSettings settings) {
        Instant created = instant(random, settings);
        SlaTimeline timeline = SlaTimeline.createdAt(created);
        if (random.nextInt(4) > 0) {
            timeline = timeline.respondedAt(later(random, created, settings));
        }
        if (random.nextInt(3) > 0) {
            Instant from = timeline.firstRespondedAt() != null && random.nextBoolean() ? timeline.firstRespondedAt()
                    : created;
            timeline = timeline.resolvedAt(later(random, from, settings));
        }
        int pauses = random.nextInt(4);
        for (int p = 0; p < pauses; p++) {
            Instant from = later(random, created, settings);
            Instant until = random.nextInt(5) == 0 ? null : later(random, from.plusSeconds(1), settings);
            timeline = timeline.paused(pick(random, PauseReason.values()), from, until);
        }
        return timeline;
    }

    /** An instant after {@code from}: often on an edge of business hours, sometimes at a random second. */
    private static Instant later(Random random, Instant from, BusinessCalendarSettings settings) {
        Instant candidate = switch (random.nextInt(4)) {
            case 0 -> from.plus(amount(random));
            case 1 -> from.plusSeconds(random.nextInt(3 * 24 * 3600));
            default -> edgeOf(from.atOffset(BusinessCalendar.JST).toLocalDate().plusDays(random.nextInt(40)), random,
                    settings);
        };
        return candidate.isBefore(from) ? from : candidate;
    }

    private static Instant instant(Random random, BusinessCalendarSettings settings) {
        LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
        if (random.nextInt(3) == 0) {
            return day.atStartOfDay().plusSeconds(random.nextInt(24 * 3600)).plusNanos(random.nextInt(1_000_000_000))
                    .toInstant(BusinessCalendar.JST);
        }
        return edgeOf(day, random, settings);
    }

    /** Opening, closing, a nanosecond either side of them, midnight or the last instant of the day. */
    private static Instant edgeOf(LocalDate day, Random random, BusinessCalendarSettings settings) {
        List<java.time.LocalDateTime> edges = new ArrayList<>(List.of(day.atTime(settings.opening()),
                day.atTime(settings.closing()), day.atTime(settings.opening()).minusNanos(1),
                day.atTime(settings.opening()).plusNanos(1), day.atTime(settings.closing()).minusNanos(1),
                day.atTime(settings.closing()).plusNanos(1), day.atStartOfDay(), day.atTime(LocalTime.MAX),
                day.atTime(12, 0)));
        return pick(random, edges.toArray(java.time.LocalDateTime[]::new)).toInstant(BusinessCalendar.JST);
    }

    /** Zero, whole business days or hours, or odd minutes and seconds, up to a few weeks of business time. */
    private static Duration amount(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Duration.ZERO;
            case 1 -> Duration.ofHours(8L * (1 + random.nextInt(20)));
            case 2 -> Duration.ofHours(1 + random.nextInt(200));
            case 3 -> Duration.ofSeconds(1 + random.nextInt(8 * 3600));
            default -> Duration.ofMinutes(1 + random.nextInt(60 * 160)).plusNanos(random.nextInt(1_000_000_000));
        };
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
