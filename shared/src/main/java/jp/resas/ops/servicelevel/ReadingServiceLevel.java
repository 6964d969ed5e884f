package jp.resas.ops.servicelevel;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.common.InvalidInputException;

/** The service-level figures behind the monthly report and the 改善提案書. */
public final class ReadingServiceLevel {

    public static final int TREND_MONTHS = 12;
    private static final List<String> KINDS = List.of("INCIDENT", "INQUIRY", "WORK_REQUEST", "CHANGE_REQUEST");

    private final ServiceLevelRecords records;
    private final CalendarSource calendar;

    public ReadingServiceLevel(ServiceLevelRecords records, CalendarSource calendar) {
        this.records = records;
        this.calendar = calendar;
    }

    /** Satisfaction per month and channel from {@code from} to {@code to} (inclusive), with an ALL row per month. */
    public List<SatisfactionRow> satisfaction(YearMonth from, YearMonth to) {
        requireRange(from, to);
        Map<YearMonth, List<Rating>> byMonth = records.ratingsBetween(start(from), start(to.plusMonths(1))).stream()
                .collect(Collectors.groupingBy(r -> month(r.ratedAt()), TreeMap::new, Collectors.toList()));
        List<SatisfactionRow> rows = new ArrayList<>();
        byMonth.forEach((month, ratings) -> {
            new TreeMap<>(ratings.stream().collect(Collectors.groupingBy(r -> r.channel() == null ? "OTHER" : r.channel())))
                    .forEach((channel, list) -> rows.add(row(month, channel, list)));
            rows.add(row(month, SatisfactionRow.ALL, ratings));
        });
        return rows;
    }

    /** Handling times of the twelve months up to {@code month}, oldest first, by kind then priority. */
    public List<HandlingRow> handlingTimes(YearMonth month) {
        YearMonth first = month.minusMonths(TREND_MONTHS - 1);
        BusinessCalendar cal = calendar.current();
        Map<YearMonth, Map<String, List<HandledTicket>>> grouped = records.openedBetween(start(first),
                start(month.plusMonths(1))).stream().collect(Collectors.groupingBy(t -> month(t.openedAt()),
                TreeMap::new, Collectors.groupingBy(t -> t.kind() + "/" + t.priority().name(), TreeMap::new,
                        Collectors.toList())));
        List<HandlingRow> rows = new ArrayList<>();
        grouped.forEach((m, groups) -> groups.values().stream()
                .sorted(Comparator.comparing((List<HandledTicket> g) -> KINDS.indexOf(g.get(0).kind()))
                        .thenComparing(g -> g.get(0).priority()))
                .forEach(g -> rows.add(handling(m, g, cal))));
        return rows;
    }

    private static HandlingRow handling(YearMonth month, List<HandledTicket> tickets, BusinessCalendar cal) {
        List<Long> responses = minutes(tickets, HandledTicket::firstRespondedAt, cal);
        List<Long> resolutions = minutes(tickets, HandledTicket::resolvedAt, cal);
        HandledTicket any = tickets.get(0);
        return new HandlingRow(month, any.kind(), any.priority().name(), tickets.size(), responses.size(),
                Figures.average(responses), Figures.median(responses), resolutions.size(), Figures.average(resolutions),
                Figures.median(resolutions));
    }

    private static List<Long> minutes(List<HandledTicket> tickets, Function<HandledTicket, Instant> fact,
            BusinessCalendar cal) {
        return tickets.stream().filter(t -> fact.apply(t) != null)
                .map(t -> cal.businessTimeBetween(t.openedAt(), fact.apply(t)).toMinutes()).toList();
    }

    private static SatisfactionRow row(YearMonth month, String channel, List<Rating> ratings) {
        List<Integer> byScore = new ArrayList<>(List.of(0, 0, 0, 0, 0));
        ratings.forEach(r -> byScore.set(r.score() - 1, byScore.get(r.score() - 1) + 1));
        return new SatisfactionRow(month, channel, ratings.size(),
                java.math.BigDecimal.valueOf(ratings.stream().mapToInt(Rating::score).sum())
                        .divide(java.math.BigDecimal.valueOf(ratings.size()), 2, java.math.RoundingMode.HALF_UP), byScore);
    }

    static YearMonth month(Instant t) {
        return YearMonth.from(t.atOffset(BusinessCalendar.JST));
    }

    static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(BusinessCalendar.JST);
    }

    private static void requireRange(YearMonth from, YearMonth to) {
        if (to.isBefore(from) || from.plusMonths(60).isBefore(to)) {
            throw new InvalidInputException("to", "to は from 以降、60か月以内にしてください。");
        }
    }
}
