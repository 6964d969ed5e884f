package jp.resas.ops.local.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.resas.ops.local.cli.ResasOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void addBusinessHours_fridayAfternoon_continuesMonday() {
        assertThat(run("calendar", "add-business-hours", "2026-06-05T16:00", "2")).isZero();
        assertThat(out.toString()).isEqualTo("2026-06-08T10:00:00+09:00" + System.lineSeparator());
    }

    @Test
    void addBusinessHours_utcStartAndFractionalHours_answersInJst() {
        // 2026-05-01T07:00Z is Friday 16:00 JST; Golden Week closes 5/2-5/6
        assertThat(run("calendar", "add-business-hours", "2026-05-01T07:00Z", "1.5")).isZero();
        assertThat(out.toString().strip()).isEqualTo("2026-05-07T09:30:00+09:00");
    }

    @Test
    void addBusinessHours_startOnHoliday_countsFromNextOpening() {
        assertThat(run("calendar", "add-business-hours", "2027-01-01T10:00+09:00", "0")).isZero();
        assertThat(out.toString().strip()).isEqualTo("2027-01-04T09:00:00+09:00");
    }

    @Test
    void isBusinessDay_substituteHolidayAndNextDay_printFalseThenTrue() {
        assertThat(run("calendar", "is-business-day", "2026-05-06")).isZero();
        assertThat(run("calendar", "is-business-day", "2026-05-07")).isZero();
        assertThat(out.toString().lines()).containsExactly("false", "true");
    }

    @Test
    void addBusinessHours_badStart_failsWithAClearError() {
        assertThat(run("calendar", "add-business-hours", "next friday", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid start 'next friday': expected an ISO date-time");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void addBusinessHours_negativeOrNonNumericHours_failWithAClearError() {
        assertThat(run("calendar", "add-business-hours", "2026-06-05T16:00", "-1")).isNotZero();
        assertThat(run("calendar", "add-business-hours", "2026-06-05T16:00", "two")).isNotZero();
        assertThat(err.toString()).contains("Invalid hours '-1'").contains("Invalid hours 'two'");
    }

    @Test
    void isBusinessDay_impossibleDate_failsWithAClearError() {
        assertThat(run("calendar", "is-business-day", "2026-02-30")).isNotZero();
        assertThat(err.toString()).contains("Invalid date '2026-02-30'");
    }

    @Test
    void isBusinessDay_missingArgument_fails() {
        assertThat(run("calendar", "is-business-day")).isNotZero();
        assertThat(err.toString()).contains("Missing required parameter");
    }

    @Test
    void holidaysOption_newerFile_isUsedForItsYears(@TempDir Path dir) throws IOException {
        // given a 2028 list with a special day the rules cannot know
        Path file = dir.resolve("syukujitsu.csv");
        Files.write(file, "国民の祝日・休日月日,国民の祝日・休日名称\r\n2028/1/1,元日\r\n2028/6/1,特別な休日\r\n"
                .getBytes(Charset.forName("windows-31j")));

        // when / then
        assertThat(run("calendar", "--holidays", file.toString(), "is-business-day", "2028-06-01")).isZero();
        assertThat(out.toString().strip()).isEqualTo("false");
    }

    @Test
    void holidaysOption_badFile_namesTheLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "国民の祝日・休日月日,国民の祝日・休日名称\n2028/13/1,元日\n");

        assertThat(run("calendar", "--holidays", file.toString(), "is-business-day", "2028-06-01")).isEqualTo(1);
        assertThat(err.toString()).contains("bad.csv line 2: bad date '2028/13/1'");
    }

    private int run(String... args) {
        var cli = ResasOps.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
