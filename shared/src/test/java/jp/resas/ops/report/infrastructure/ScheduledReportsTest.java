package jp.resas.ops.report.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.report.ReportKind;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The report schedule on a virtual clock, with the real report use cases, the real object store (a
 * directory) and SNS through the real SDK client against a local endpoint answering SNS's query/XML
 * wire format (the Publish response of the SNS API reference). PDF copies are off (no LibreOffice
 * path), which the report itself says.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledReportsTest implements TestPropertyProvider {

    private static final String PUBLISHED = "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
            + "<PublishResult><MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId></PublishResult>"
            + "<ResponseMetadata><RequestId>f187a3c1-376f-11df-8963-01868b7c937a</RequestId></ResponseMetadata>"
            + "</PublishResponse>";
    private static final Map<String, String> SDK_SETTINGS = Map.of("aws.region", "ap-northeast-1",
            "aws.accessKeyId", "test", "aws.secretAccessKey", "test");
    /** Tuesday 2026-12-01 09:00 JST: the first business hour of December. */
    private static final Instant DECEMBER_FIRST_NINE = Instant.parse("2026-12-01T00:00:00Z");
    /** Monday 2026-11-30 09:00 JST: the first business hour of ISO week 49. */
    private static final Instant MONDAY_NINE = Instant.parse("2026-11-30T00:00:00Z");

    private final MutableClock clock = new MutableClock(DECEMBER_FIRST_NINE);
    private FakeAws sns;
    private Path store;

    @Inject
    ScheduledReports schedule;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        sns = new FakeAws().answer("Publish", 200, "text/xml", PUBLISHED.getBytes(StandardCharsets.UTF_8));
        SDK_SETTINGS.forEach(System::setProperty);
        System.setProperty("aws.endpointUrl", sns.endpoint().toString());
        try {
            store = Files.createTempDirectory("scheduled-reports");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.attachments.directory", store.toString());
        properties.put("resas.reports.soffice", store.resolve("no-libreoffice").toString());
        properties.put("resas.notifications.sns.topic-arn", "arn:aws:sns:ap-northeast-1:123456789012:resas-ops-notifications");
        properties.put("resas.portal.base-url", "https://ops.example.jp/");
        return properties;
    }

    @AfterAll
    void stop() {
        sns.close();
        SDK_SETTINGS.keySet().forEach(System::clearProperty);
        System.clearProperty("aws.endpointUrl");
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    private int versions(ReportKind kind, String period) {
        return sql.queryOne("SELECT count(*)::int FROM report WHERE kind = ? AND period = ?", row -> row.getInt(1),
                kind.name(), period).orElseThrow();
    }

    private List<String> published(String subjectPart) {
        return sns.requests("Publish").stream().map(r -> r.form()).filter(f -> f.get("Subject").contains(subjectPart))
                .map(f -> f.get("Message")).toList();
    }

    @Test
    void monthly_atTheFirstBusinessHour_generatesLastMonthOnce_andSaysInJapaneseWhereItIs() {
        clock.set(DECEMBER_FIRST_NINE);

        List<ScheduledGeneration.Outcome> first = schedule.run(ReportKind.MONTHLY);
        clock.set(DECEMBER_FIRST_NINE.plusSeconds(3600));
        List<ScheduledGeneration.Outcome> rerun = schedule.run(ReportKind.MONTHLY);

        assertThat(first).singleElement().satisfies(o -> {
            assertThat(o.period()).isEqualTo("2026-11");
            assertThat(o.status()).isEqualTo("GENERATED");
        });
        assertThat(rerun).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo("ALREADY_GENERATED");
            assertThat(o.reportId()).isEqualTo(first.get(0).reportId());
        });
        assertThat(versions(ReportKind.MONTHLY, "2026-11")).isEqualTo(1);
        long id = first.get(0).reportId();
        assertThat(published("MONTHLY report 2026-11")).singleElement().asString()
                .contains("月次定例報告書（令和8年11月分、2026-11）を作成しました（第1版")
                .contains("https://ops.example.jp/reports/" + id + "/files/"
                        + java.net.URLEncoder.encode("月次定例報告書_2026-11.docx", StandardCharsets.UTF_8))
                .contains("https://ops.example.jp/reports/" + id + "/accept");
        assertThat(sql.queryOne("SELECT generated_by FROM report WHERE id = ?", row -> row.getString(1), id))
                .contains("system:report-schedule");
    }

    @Test
    void weekly_aFailedGeneration_isRecorded_noReportNoNotice_andTheNextRunRetriesIt() throws IOException {
        clock.set(MONDAY_NINE);
        Path reports = store.resolve("reports");
        Path aside = store.resolve("reports-aside");
        if (Files.exists(reports)) {
            Files.move(reports, aside);
        }
        Files.writeString(reports, "a file where the store wants a directory");
        try {
            List<ScheduledGeneration.Outcome> failed = schedule.run(ReportKind.WEEKLY);

            assertThat(failed).singleElement().satisfies(o -> {
                assertThat(o.period()).isEqualTo("2026-W48");
                assertThat(o.status()).isEqualTo("FAILED");
                assertThat(o.error()).isNotBlank();
            });
            assertThat(versions(ReportKind.WEEKLY, "2026-W48")).isZero();
            assertThat(published("WEEKLY report 2026-W48")).isEmpty();
            assertThat(sql.queryOne("SELECT status || ' ' || attempts || ' ' || (last_error IS NOT NULL) FROM "
                    + "report_schedule_run WHERE kind = 'WEEKLY' AND period = '2026-W48'", row -> row.getString(1)))
                    .contains("FAILED 1 true");
        } finally {
            Files.delete(reports);
            if (Files.exists(aside)) {
                Files.move(aside, reports);
            }
        }

        // A week later the latest due is W49; the failed W48 is retried first, once.
        clock.set(MONDAY_NINE.plus(java.time.Duration.ofDays(7)));
        List<ScheduledGeneration.Outcome> retried = schedule.run(ReportKind.WEEKLY);

        assertThat(retried).extracting(ScheduledGeneration.Outcome::period, ScheduledGeneration.Outcome::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-W48", "GENERATED"),
                        org.assertj.core.groups.Tuple.tuple("2026-W49", "GENERATED"));
        assertThat(versions(ReportKind.WEEKLY, "2026-W48")).isEqualTo(1);
        assertThat(sql.queryOne("SELECT status || ' ' || attempts || ' ' || (last_error IS NULL) FROM "
                + "report_schedule_run WHERE kind = 'WEEKLY' AND period = '2026-W48'", row -> row.getString(1)))
                .contains("GENERATED 2 true");
        assertThat(published("WEEKLY report 2026-W48")).singleElement().asString()
                .contains("週次定例報告書（2026-W48、令和8年11月23日〜令和8年11月29日）を作成しました");
        assertThat(schedule.run(ReportKind.WEEKLY)).extracting(ScheduledGeneration.Outcome::status)
                .containsExactly("ALREADY_GENERATED");
    }
}
