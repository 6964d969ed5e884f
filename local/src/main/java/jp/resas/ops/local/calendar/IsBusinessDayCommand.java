package jp.resas.ops.local.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code calendar is-business-day <date>}: prints {@code true} on a 開庁日, else {@code false}. */
@Command(name = "is-business-day", mixinStandardHelpOptions = true,
        description = "Print true if <date> is a 開庁日 (government business day), otherwise false.")
final class IsBusinessDayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    CalendarCommand calendar;

    @Parameters(index = "0", paramLabel = "<date>", description = "A date written yyyy-mm-dd.")
    String date;

    @Override
    public Integer call() {
        LocalDate day = parseDate();
        return CalendarCommand.answer(spec, () -> String.valueOf(calendar.calendar().isBusinessDay(day)));
    }

    private LocalDate parseDate() {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid date '" + date + "': expected an existing day written yyyy-mm-dd, such as 2026-05-06");
        }
    }
}
