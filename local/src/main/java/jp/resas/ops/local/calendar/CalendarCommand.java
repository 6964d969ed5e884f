package jp.resas.ops.local.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.calendar.BusinessCalendarSettings;
import jp.resas.ops.calendar.HolidayCalendar;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.calendar.HolidayListParser;
import jp.resas.ops.local.runtime.DataDirectory;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code resas-ops calendar …}: business-calendar answers for operators and scripts. */
@Command(
        name = "calendar",
        mixinStandardHelpOptions = true,
        description = "Government business calendar: 開庁日 9:00-17:00 JST, holidays and 12/29-1/3 closed.",
        subcommands = {AddBusinessHoursCommand.class, IsBusinessDayCommand.class})
public final class CalendarCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--holidays", paramLabel = "<syukujitsu.csv>",
            description = "Use this Cabinet Office holiday file instead of the shipped list.")
    Path holidaysFile;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Answer from the calendar administrators keep in this data directory (hours, closed days, "
                    + "imported holidays) instead of the shipped defaults.")
    Path dataDir;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The calendar the subcommands answer from: the data directory's, the shipped list, or the file given. */
    BusinessCalendar calendar() throws IOException {
        if (dataDir != null) {
            if (holidaysFile != null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--holidays and --data-dir cannot be combined (import the file through the API instead)");
            }
            Path dir = DataDirectory.resolve(dataDir);
            try (LocalPlatform platform = LocalPlatform.start(dir, LocalDatabase.open(dir))) {
                return platform.context().getBean(CalendarSource.class).current();
            }
        }
        HolidayCalendar holidays = HolidayCalendar.shipped();
        if (holidaysFile != null) {
            byte[] bytes = Files.readAllBytes(holidaysFile);
            holidays = holidays.withList(new HolidayListParser().parse(bytes, holidaysFile.toString()));
        }
        return new BusinessCalendar(holidays, BusinessCalendarSettings.defaults());
    }

    /**
     * Runs a subcommand's body: prints its answer on stdout, or an error on stderr with exit code 1
     * (bad arguments raise picocli's ParameterException instead, which exits 2 with usage).
     */
    static int answer(CommandSpec spec, Callable<String> body) {
        try {
            spec.commandLine().getOut().println(body.call());
            return 0;
        } catch (CommandLine.ParameterException e) {
            throw e;
        } catch (IOException e) {
            spec.commandLine().getErr().println("Error: cannot read " + e.getMessage());
            return 1;
        } catch (Exception e) {
            spec.commandLine().getErr().println("Error: " + e.getMessage());
            return 1;
        }
    }
}
