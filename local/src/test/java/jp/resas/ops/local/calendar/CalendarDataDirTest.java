package jp.resas.ops.local.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.resas.ops.calendaradmin.infrastructure.CalendarAdminService;
import jp.resas.ops.common.Actor;
import jp.resas.ops.local.cli.ResasOps;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calendar --data-dir} answers from the calendar administrators keep, closed days included. */
class CalendarDataDirTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var cli = ResasOps.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aDayAnAdministratorClosed_isNoBusinessDay_withTheDataDirectory_butIsWithout() {
        try (LocalPlatform platform = LocalPlatform.start(dataDir, LocalDatabase.open(dataDir))) {
            platform.context().getBean(CalendarAdminService.class).closeDay(LocalDate.parse("2026-06-10"), "庁舎点検",
                    new Actor("admin-1", "test"));
        }

        assertThat(run("calendar", "--data-dir", dataDir.toString(), "is-business-day", "2026-06-10")).isZero();
        String withDataDir = out.toString().strip();
        out.getBuffer().setLength(0);
        assertThat(run("calendar", "is-business-day", "2026-06-10")).isZero();

        assertThat(withDataDir).isEqualTo("false");
        assertThat(out.toString().strip()).isEqualTo("true");
    }

    @Test
    void holidaysFileAndDataDirectory_cannotBeCombined() {
        assertThat(run("calendar", "--data-dir", dataDir.toString(), "--holidays", "x.csv", "is-business-day",
                "2026-06-10")).isEqualTo(2);
        assertThat(err.toString()).contains("cannot be combined");
    }
}
