package jp.resas.ops.infra;

import static jp.resas.ops.infra.testutils.SynthesizedApp.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.resas.ops.infra.testutils.SynthesizedApp;
import org.junit.jupiter.api.Test;

/**
 * Aurora Serverless v2 pauses after 10 idle minutes; a schedule that fires around the clock keeps it awake
 * and costs the idle month (docs/infrastructure.md). Every schedule of every stack (EventBridge Scheduler
 * schedules and EventBridge rules with a schedule) must fire in business hours only (a cron in Asia/Tokyo
 * whose hours lie within 9–17), or at most hourly, or be on {@link #ALLOWED} with the reason it may wake the
 * database. The notification sweep's one-time wake-ups are created at run time, not here.
 * Extends {@code ServiceDeskStackTest.ticketSla_neverRunsAroundTheClock} (one stack, rate() only) to the app.
 */
class ScheduleCadenceTest {

    /** Stack name + ":" + the schedule's logical id prefix (its construct id) → why it may run outside business hours. */
    static final Map<String, String> ALLOWED = Map.of(
            "ResasOps-Collectors:MetricsSchedule", "once a day at 02:00 JST: yesterday's metrics; one wake-up a day",
            "ResasOps-Collectors:LogSchedule", "once a day at 02:15 JST: yesterday's logs; one wake-up a day",
            "ResasOps-Collectors:AccessSchedule", "once a day at 06:00 JST: yesterday's access logs; one wake-up a day",
            "ResasOps-Ledgers:AssetDiscoverySchedule", "once a day at 05:00 JST: the asset ledger before the day starts",
            "ResasOps-Ledgers:ConfigurationSnapshotSchedule", "once a day at 05:30 JST: the configuration ledger's snapshot",
            "ResasOps-Ledgers:AccountCollectionSchedule", "once a day at 05:45 JST: the accounts for the review",
            "ResasOps-SecOps:VulnerabilityCollectorSchedule", "once a day at 06:00 JST: the day's security findings",
            "ResasOps-SecOps:BackupCollectorSchedule", "once a day at 06:15 JST: the night's backup, copy and restore jobs",
            "ResasOps-Ledgers:LedgerWatchSchedule", "once a day at 08:00 JST: expiry warnings before the day starts");

    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)\\)");

    private record Found(String key, String expression, String timezone) {
    }

    @Test
    void everySchedule_firesInBusinessHoursOnly_orAtMostHourly_orIsAllowedWithAReason() {
        List<String> tooOften = new ArrayList<>();
        for (Found schedule : schedules()) {
            if (!withinBusinessHoursOrHourly(schedule.expression(), schedule.timezone()) && allowance(schedule) == null) {
                tooOften.add(schedule.key() + " " + schedule.expression() + " " + schedule.timezone());
            }
        }

        assertThat(tooOften).as("schedules that keep the database awake outside business hours").isEmpty();
    }

    @Test
    void everyAllowance_namesAScheduleThatNeedsIt() {
        Set<String> used = new HashSet<>();
        for (Found schedule : schedules()) {
            String allowed = allowance(schedule);
            if (allowed != null && !withinBusinessHoursOrHourly(schedule.expression(), schedule.timezone())) {
                used.add(allowed);
            }
        }

        assertThat(used).as("stale allowances").containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    void theRule_catchesWhatRunsAroundTheClock() {
        assertThat(withinBusinessHoursOrHourly("rate(1 minute)", "UTC")).isFalse();
        assertThat(withinBusinessHoursOrHourly("rate(30 minutes)", "UTC")).isFalse();
        assertThat(withinBusinessHoursOrHourly("cron(0/5 * * * ? *)", "Asia/Tokyo")).isFalse();
        assertThat(withinBusinessHoursOrHourly("cron(0/15 9-16 ? * MON-FRI *)", "UTC")).as("9-16 UTC is night in Japan")
                .isFalse();
        assertThat(withinBusinessHoursOrHourly("cron(0 2 * * ? *)", "Asia/Tokyo")).isFalse();
        assertThat(withinBusinessHoursOrHourly("cron(0 8,20 * * ? *)", "Asia/Tokyo")).isFalse();

        assertThat(withinBusinessHoursOrHourly("rate(1 hour)", "UTC")).isTrue();
        assertThat(withinBusinessHoursOrHourly("cron(0/15 9-16 ? * MON-FRI *)", "Asia/Tokyo")).isTrue();
        assertThat(withinBusinessHoursOrHourly("cron(0 9-17 1-7 * ? *)", "Asia/Tokyo")).isTrue();
        assertThat(withinBusinessHoursOrHourly("cron(0 9 ? 1,4,7,10 2#1 *)", "Asia/Tokyo")).isTrue();
    }

    @Test
    void theNotificationSweep_hasNoRecurringScheduleOutsideBusinessHours() {
        List<String> sweeps = schedules().stream().filter(found -> found.key().startsWith("ResasOps-Notifications:"))
                .filter(found -> !withinBusinessHoursOrHourly(found.expression(), found.timezone()))
                .map(Found::key).toList();

        assertThat(sweeps).isEmpty();
    }

    private static String allowance(Found schedule) {
        return ALLOWED.keySet().stream().filter(schedule.key()::startsWith).findFirst().orElse(null);
    }

    private static List<Found> schedules() {
        List<Found> found = new ArrayList<>();
        SynthesizedApp.allStacks().forEach(stack -> {
            var template = template(stack);
            template.findResources("AWS::Scheduler::Schedule").forEach((id, resource) -> {
                Map<?, ?> properties = (Map<?, ?>) resource.get("Properties");
                Object timezone = properties.get("ScheduleExpressionTimezone");
                found.add(new Found(stack.getStackName() + ":" + id, String.valueOf(properties.get("ScheduleExpression")),
                        timezone == null ? "UTC" : String.valueOf(timezone)));
            });
            template.findResources("AWS::Events::Rule").forEach((id, resource) -> {
                Object expression = ((Map<?, ?>) resource.get("Properties")).get("ScheduleExpression");
                if (expression != null) {
                    found.add(new Found(stack.getStackName() + ":" + id, String.valueOf(expression), "UTC"));
                }
            });
        });
        assertThat(found).as("the app has schedules to check").isNotEmpty();
        return found;
    }

    /** A rate of an hour or more, or a cron in Japan time whose every hour lies within 9:00–17:59. */
    static boolean withinBusinessHoursOrHourly(String expression, String timezone) {
        Matcher rate = RATE.matcher(expression);
        if (rate.matches()) {
            return !rate.group(2).startsWith("minute") || Integer.parseInt(rate.group(1)) >= 60;
        }
        Matcher cron = CRON.matcher(expression);
        if (!cron.matches()) {
            throw new AssertionError("not a recurring schedule expression: " + expression);
        }
        if (!"Asia/Tokyo".equals(timezone)) {
            return false;
        }
        Set<Integer> hours = hours(cron.group(2));
        return !hours.isEmpty() && hours.stream().allMatch(hour -> hour >= 9 && hour <= 17);
    }

    private static Set<Integer> hours(String field) {
        Set<Integer> hours = new HashSet<>();
        for (String part : field.split(",")) {
            String[] stepped = part.split("/");
            int step = stepped.length > 1 ? Integer.parseInt(stepped[1]) : 1;
            int from;
            int to;
            if (stepped[0].equals("*")) {
                from = 0;
                to = 23;
            } else if (stepped[0].contains("-")) {
                from = Integer.parseInt(stepped[0].split("-")[0]);
                to = Integer.parseInt(stepped[0].split("-")[1]);
            } else {
                from = Integer.parseInt(stepped[0]);
                to = stepped.length > 1 ? 23 : from;
            }
            for (int hour = from; hour <= to; hour += step) {
                hours.add(hour);
            }
        }
        return hours;
    }
}
