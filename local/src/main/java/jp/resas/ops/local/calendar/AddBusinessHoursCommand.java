package jp.resas.ops.local.calendar;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import jp.resas.ops.calendar.BusinessCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code calendar add-business-hours <start> <hours>}: the due time, printed at +09:00. */
@Command(name = "add-business-hours", mixinStandardHelpOptions = true,
        description = "Print <start> plus <hours> business hours as an ISO date-time at +09:00;"
                + " a start outside business hours counts from the next opening.")
final class AddBusinessHoursCommand implements Callable<Integer> {

    /** 100,000 business hours is about 50 years: anything larger is a typo, not a deadline. */
    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(100_000);
    private static final BigDecimal NANOS_PER_HOUR = BigDecimal.valueOf(3_600_000_000_000L);

    @Spec
    CommandSpec spec;

    @ParentCommand
    CalendarCommand calendar;

    @Parameters(index = "0", paramLabel = "<start>",
            description = "ISO date-time, e.g. 2026-06-05T16:00 (JST when no offset) or 2026-06-05T07:00Z.")
    String start;

    @Parameters(index = "1", paramLabel = "<hours>", description = "Business hours to add, e.g. 8 or 1.5.")
    String hours;

    @Override
    public Integer call() {
        Instant from = parseStart();
        Duration amount = parseHours();
        return CalendarCommand.answer(spec, () -> calendar.calendar().addBusinessHours(from, amount)
                .atOffset(BusinessCalendar.JST).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    private Instant parseStart() {
        try {
            return OffsetDateTime.parse(start).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(start).toInstant(BusinessCalendar.JST);
            } catch (DateTimeException e) {
                throw new ParameterException(spec.commandLine(), "Invalid start '" + start
                        + "': expected an ISO date-time such as 2026-06-05T16:00 or 2026-06-05T16:00+09:00");
            }
        }
    }

    private Duration parseHours() {
        BigDecimal value;
        try {
            value = new BigDecimal(hours.strip());
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null || value.signum() < 0 || value.compareTo(MAX_HOURS) > 0) {
            throw new ParameterException(spec.commandLine(), "Invalid hours '" + hours
                    + "': expected a number from 0 to " + MAX_HOURS + ", such as 8 or 1.5");
        }
        return Duration.ofNanos(value.multiply(NANOS_PER_HOUR).longValue());
    }
}
