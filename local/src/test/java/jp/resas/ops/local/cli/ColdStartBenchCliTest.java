package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * `bench coldstart` from the functions' real deployment assets: alarm-intake started in fresh JVMs against a
 * migrated database and answered, beside the bare handler; the figures printed, never a pass/fail on time.
 * (The command stopped its database before the first start once, and every function failed.)
 */
class ColdStartBenchCliTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "alarm-intake\\s+cold start A/B min \\d+\\.\\d\\d median \\d+\\.\\d\\d \\| classes loaded (\\d+) \\(bare (\\d+)\\)");

    @Test
    void alarmIntakeStartsFromItsAssetAndAnswers_andItsClassesAreCountedBesideTheBareHandler() {
        String assets = System.getProperty("resas.functions.assets");
        assertThat(assets).as("system property resas.functions.assets (set by local/pom.xml)").isNotBlank();

        CliRun run = CliRun.of("bench", "coldstart", "--function", "alarm-intake", "--rounds", "1", "--assets", assets);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("alarm-intake   jar ").contains("round 1: function");
        Matcher summary = SUMMARY.matcher(run.out());
        assertThat(summary.find()).as(run.out()).isTrue();
        long function = Long.parseLong(summary.group(1));
        long bare = Long.parseLong(summary.group(2));
        assertThat(bare).isPositive();
        assertThat(function).as("the function loads more than the bare handler").isGreaterThan(bare);
    }

    private static final Pattern ARCHIVE = Pattern.compile("alarm-intake\\s+CDS archive alarm-intake\\.jsa "
            + "\\(\\d+\\.\\d MB\\), -Xshare:on: (\\d+) of (\\d+) classes loaded from it");

    @Test
    void withCds_alarmIntakeStartsOnAnArchiveOfItsOwnStart_whichTheJvmMaps() {
        String assets = System.getProperty("resas.functions.assets");

        CliRun run = CliRun.of("bench", "coldstart", "--function", "alarm-intake", "--rounds", "1", "--cds", "--assets",
                assets);

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Matcher archive = ARCHIVE.matcher(run.out());
        assertThat(archive.find()).as(run.out()).isTrue();
        long fromArchive = Long.parseLong(archive.group(1));
        long loaded = Long.parseLong(archive.group(2));
        // -Xshare:on refuses to start without the archive; most of the start's own classes come from it.
        assertThat(fromArchive).as(run.out()).isGreaterThan(loaded / 2);
        assertThat(run.out()).contains("with CDS").containsPattern("alarm-intake\\s+with CDS C/B min \\d+\\.\\d\\d");
    }

    @Test
    void refusesAnUnknownFunction() {
        CliRun run = CliRun.of("bench", "coldstart", "--function", "nope");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--function: unknown function 'nope'");
    }
}
