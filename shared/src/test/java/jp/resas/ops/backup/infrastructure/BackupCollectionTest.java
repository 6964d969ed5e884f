package jp.resas.ops.backup.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.resas.ops.backup.AccountBackupSource;
import jp.resas.ops.backup.BackupSource;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.RunStatus;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.AssumedRoles;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.Resources;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The daily collection end to end: the real AWS Backup SDK client on local endpoints answering
 * {@code ListBackupJobs}, {@code ListCopyJobs} and {@code ListRestoreJobs} in their REST-JSON wire format (responses
 * built from the API reference, see {@code aws/backup/ORIGIN.md}), STS AssumeRole for the bundled description's
 * monitored accounts, jobs, drills, incidents and tickets in PostgreSQL.
 * <p>Run 1: RESAS Ops' own account has two pages of backup jobs (the database done, the raw bucket FAILED, the
 * attachments bucket last backed up 74 hours ago), a FAILED copy job and two restore-test jobs (the database
 * still validating, the attachments' validation FAILED); resas-prod refuses ListCopyJobs in Tokyo; resas-data's
 * role is refused. Run 2: the same jobs again, the database's validation SUCCESSFUL, and a new FAILED backup of
 * the raw bucket.
 */
@MicronautTest(transactional = false, environments = "backup-collection-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupCollectionTest implements TestPropertyProvider {

    static final String BACKUP_JOBS = "GET /backup-jobs/";
    static final String COPY_JOBS = "GET /copy-jobs/";
    static final String RESTORE_JOBS = "GET /restore-jobs/";
    static final String PROTECTED = "GET /resources/";
    static final String PLANS = "GET /backup/plans/";
    static final String SELECTIONS = "GET /backup/plans/plan-0001/selections/";
    static final String GET_RESOURCES = "ResourceGroupsTaggingAPI_20170126.GetResources";
    static final String JSON = "application/json";
    static final byte[] DENIED = ("{\"Message\":\"User: arn:aws:sts::210987654321:assumed-role/ResasOpsRead/"
            + "resas-ops-collector is not authorized to perform: backup:ListCopyJobs\"}").getBytes(StandardCharsets.UTF_8);
    private static final String PROD_KEY = "ASIAPRODEXAMPLE00107";
    private static final Pattern HOURS_AGO = Pattern.compile("H-(\\d+)");

    private final Instant start = Instant.now();
    private final FakeAws sts = new FakeAws();
    private final FakeAws own = new FakeAws();
    private final FakeAws prodTokyo = new FakeAws();
    private final FakeAws prodVirginia = new FakeAws();
    private final AtomicInteger run = new AtomicInteger();

    private RunReport first;
    private RunReport second;
    private List<String> incidentsAfterFirst;
    private List<String> drillsAfterFirst;

    @Inject
    BackupCollectorService collector;
    @Inject
    Sql sql;
    @Inject
    BackupService backups;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.backup.regions", "ap-northeast-1");
        properties.put("resas.backup.rto-target-minutes", "90");
        return properties;
    }

    @MockBean(StsClient.class)
    StsClient stsClient() {
        return sts.client(StsClient.builder());
    }

    @MockBean(BackupSource.class)
    BackupSource ownBackups() {
        return new AwsBackupSource(region -> own.client(BackupClient.builder()),
                region -> own.client(ResourceGroupsTaggingApiClient.builder()), "");
    }

    /** The production wiring (the assumed role's credentials, each region), pointed at local endpoints. */
    @MockBean(AccountBackupSource.class)
    AccountBackupSource accountBackups(AccountCredentials credentials) {
        return account -> new AwsBackupSource(region -> credentials.configure(BackupClient.builder(), account,
                Region.of(region)).endpointOverride((region.equals("us-east-1") ? prodVirginia : prodTokyo).endpoint())
                .build(), region -> credentials.configure(ResourceGroupsTaggingApiClient.builder(), account,
                Region.of(region)).endpointOverride((region.equals("us-east-1") ? prodVirginia : prodTokyo).endpoint())
                .build(), account.name());
    }

    /** A fixture with each {@code H-n} as the epoch seconds n hours before the test started. */
    private String fixture(String name) {
        Matcher m = HOURS_AGO.matcher(Resources.text("aws/backup/" + name));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(start.getEpochSecond() - Long.parseLong(m.group(1)) * 3600));
        }
        m.appendTail(out);
        return out.toString();
    }

    @BeforeAll
    void collectTwice() {
        AssumedRoles.grant(sts, "210987654321", PROD_KEY);
        AssumedRoles.refuse(sts, "310987654321");
        own.respond(BACKUP_JOBS, JSON, request -> {
            if (request.path().contains("nextToken=backup-jobs-page-2")) {
                return fixture("list-backup-jobs_page2.json");
            }
            String page1 = fixture("list-backup-jobs_page1.json");
            return run.get() == 1 ? page1 : page1.replace("\"BackupJobs\": [", "\"BackupJobs\": [{\"BackupJobId\": "
                    + "\"a1b2c3d4-0004-4aaa-8bbb-000000000004\", \"ResourceArn\": \"arn:aws:s3:::resas-ops-raw\", "
                    + "\"ResourceType\": \"S3\", \"ResourceName\": \"resas-ops-raw\", \"State\": \"FAILED\", "
                    + "\"StatusMessage\": \"Access Denied\", \"CreationDate\": " + (start.getEpochSecond() - 1800) + "},");
        }).respond(COPY_JOBS, JSON, request -> fixture("list-copy-jobs.json"))
                .respond(PROTECTED, JSON, request -> request.path().contains("nextToken=protected-page-2")
                        ? fixture("list-protected-resources_page2.json") : fixture("list-protected-resources_page1.json"))
                .respond(RESTORE_JOBS, JSON, request -> run.get() == 1 ? fixture("list-restore-jobs.json")
                        : fixture("list-restore-jobs.json").replace("\"VALIDATING\"", "\"SUCCESSFUL\""))
                .respond(PLANS, JSON, request -> fixture("list-backup-plans.json"))
                .respond(SELECTIONS, JSON, request -> request.path().contains("nextToken=selections-page-2")
                        ? fixture("list-backup-selections_page2.json") : fixture("list-backup-selections.json"))
                .respond(SELECTIONS + "sel-named", JSON, request -> fixture("get-backup-selection_named.json"))
                .respond(SELECTIONS + "sel-tagged", JSON, request -> fixture("get-backup-selection_tagged.json"))
                .respond(GET_RESOURCES, "application/x-amz-json-1.1", request -> fixture("get-resources_backup-daily.json"));
        prodTokyo.respond(BACKUP_JOBS, JSON, request -> fixture("list-backup-jobs_prod.json"))
                .answer(COPY_JOBS, 403, JSON, DENIED)
                .respond(RESTORE_JOBS, JSON, request -> "{\"RestoreJobs\":[]}")
                .respond(PROTECTED, JSON, request -> fixture("list-protected-resources_prod.json"))
                .respond(PLANS, JSON, request -> "{\"BackupPlansList\":[]}");
        prodVirginia.respond(BACKUP_JOBS, JSON, request -> "{\"BackupJobs\":[]}")
                .respond(PROTECTED, JSON, request -> "{\"Results\":[]}")
                .respond(COPY_JOBS, JSON, request -> "{\"CopyJobs\":[]}")
                .respond(RESTORE_JOBS, JSON, request -> "{\"RestoreJobs\":[]}")
                .respond(PLANS, JSON, request -> "{\"BackupPlansList\":[]}");

        run.set(1);
        first = collector.collect();
        incidentsAfterFirst = incidents();
        drillsAfterFirst = drills();
        run.set(2);
        second = collector.collect();
    }

    @AfterAll
    void stop() {
        List.of(sts, own, prodTokyo, prodVirginia).forEach(FakeAws::close);
    }

    private List<String> incidents() {
        return sql.query("SELECT severity || ' ' || occurrences || ' ' || dedup_key || ' ' || title FROM incident "
                + "WHERE dedup_key LIKE 'backup%' OR dedup_key LIKE 'restore:%' ORDER BY dedup_key", row -> row.getString(1));
    }

    private List<String> drills() {
        return sql.query("SELECT kind || ' ' || status || ' ' || resource_arn || ' ' || verification || ' ' || "
                + "performed_by || ' ' || rto_target_minutes || ' v' || version FROM restore_drill ORDER BY resource_arn",
                row -> row.getString(1));
    }

    @Test
    void everyPageOfEachJobList_isStored_withResourceVaultStateTimesSizeAndMessage() {
        assertThat(sql.query("SELECT kind || ' ' || scope || ' ' || coalesce(resource_name, resource_arn) || ' ' "
                + "|| coalesce(vault, '-') || ' ' || state || ' ' || coalesce(size_bytes::text, '-') || ' ' "
                + "|| (completed_at IS NOT NULL) FROM backup_job WHERE job_id NOT LIKE '%0004%' ORDER BY kind, job_id",
                row -> row.getString(1))).containsExactly(
                "BACKUP backup:ap-northeast-1 resas-ops-db DatabaseVault COMPLETED 5368709120 true",
                "BACKUP backup:ap-northeast-1 resas-ops-raw ResourceVault FAILED - true",
                "BACKUP backup:ap-northeast-1 resas-ops-attachments ResourceVault COMPLETED 73400320 true",
                "BACKUP resas-prod/backup:ap-northeast-1 resas-sessions Default COMPLETED 1048576 true",
                "COPY backup:ap-northeast-1 resas-ops-db DatabaseVault → DatabaseVaultOsaka FAILED - true",
                "RESTORE backup:ap-northeast-1 arn:aws:rds:ap-northeast-1:123456789012:cluster:resas-ops-db DatabaseVault COMPLETED 5368709120 true",
                "RESTORE backup:ap-northeast-1 arn:aws:s3:::resas-ops-attachments ResourceVault COMPLETED - true");
        assertThat(sql.queryOne("SELECT message FROM backup_job WHERE job_id LIKE 'a1b2c3d4-0002%'",
                row -> row.getString(1))).contains("Access Denied: the backup role cannot read s3:GetObject on resas-ops-raw");
        assertThat(own.requests(BACKUP_JOBS)).extracting(FakeAws.Request::path)
                .allSatisfy(path -> assertThat(path).contains("createdAfter="))
                .anySatisfy(path -> assertThat(path).contains("nextToken=backup-jobs-page-2"));
        assertThat(prodTokyo.requests()).isNotEmpty().allSatisfy(request ->
                assertThat(request.header("Authorization")).contains("Credential=" + PROD_KEY + "/"));
    }

    @Test
    void aDeniedListOrRefusedRole_isRecordedMissing_andTheRunIsPartial() {
        assertThat(first.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(first.missing()).extracting(m -> m.substring(0, m.indexOf(": "))).containsExactlyInAnyOrder(
                "resas-prod/backup:ap-northeast-1 COPY", "resas-data/backup:ap-northeast-1 BACKUP",
                "resas-data/backup:ap-northeast-1 COPY", "resas-data/backup:ap-northeast-1 RESTORE",
                "resas-data/backup:ap-northeast-1 PROTECTED");
        assertThat(first.counts()).containsEntry("backup:ap-northeast-1 BACKUP", 3)
                .containsEntry("backup:ap-northeast-1 RESTORE", 2).containsEntry("resas-prod/backup:us-east-1 BACKUP", 0)
                .doesNotContainKey("resas-prod/backup:ap-northeast-1 COPY");
        assertThat(sql.query("SELECT status FROM collector_run WHERE collector = 'backup-collector' ORDER BY id",
                row -> row.getString(1))).containsExactly("PARTIAL", "PARTIAL");
    }

    @Test
    void failedJobs_openAnIncidentOrATicketOnce_andAMissingBackupOpensOnePerResource() {
        assertThat(incidentsAfterFirst).containsExactly(
                // selected by the backup plan, never backed up (aResourceAPlanSelects_withNoRecoveryPointAtAll…)
                "2 1 backup-missing:arn:aws:elasticfilesystem:ap-northeast-1:123456789012:file-system/fs-0a1b2c3d "
                        + "[バックアップ未取得] arn:aws:elasticfilesystem:ap-northeast-1:123456789012:file-system/fs-0a1b2c3d",
                "2 1 backup-missing:arn:aws:rds:ap-northeast-1:210987654321:cluster:resas-prod-db [バックアップ未取得] "
                        + "arn:aws:rds:ap-northeast-1:210987654321:cluster:resas-prod-db",
                "2 1 backup-missing:arn:aws:s3:::resas-ops-attachments [バックアップ未取得] arn:aws:s3:::resas-ops-attachments",
                "2 1 backup-missing:arn:aws:s3:::resas-ops-exports [バックアップ未取得] arn:aws:s3:::resas-ops-exports",
                "2 1 backup-missing:arn:aws:s3:::resas-ops-raw [バックアップ未取得] arn:aws:s3:::resas-ops-raw",
                "2 1 backup-missing:arn:aws:s3:::resas-ops-reports-archive [バックアップ未取得] "
                        + "arn:aws:s3:::resas-ops-reports-archive",
                "2 1 backup:arn:aws:s3:::resas-ops-raw [バックアップ失敗 FAILED] resas-ops-raw",
                "3 1 restore:r0r0r0r0-0002-4eee-8fff-000000000002 [リストア失敗 COMPLETED/検証 FAILED] arn:aws:s3:::resas-ops-attachments");
        // Run 2: the same failed jobs raise nothing more; the new failure of the raw bucket is an occurrence of its
        // open incident; the missing backups are still missing (an occurrence each).
        assertThat(incidents()).containsExactly(
                "2 2 backup-missing:arn:aws:elasticfilesystem:ap-northeast-1:123456789012:file-system/fs-0a1b2c3d "
                        + "[バックアップ未取得] arn:aws:elasticfilesystem:ap-northeast-1:123456789012:file-system/fs-0a1b2c3d",
                "2 2 backup-missing:arn:aws:rds:ap-northeast-1:210987654321:cluster:resas-prod-db [バックアップ未取得] "
                        + "arn:aws:rds:ap-northeast-1:210987654321:cluster:resas-prod-db",
                "2 2 backup-missing:arn:aws:s3:::resas-ops-attachments [バックアップ未取得] arn:aws:s3:::resas-ops-attachments",
                "2 2 backup-missing:arn:aws:s3:::resas-ops-exports [バックアップ未取得] arn:aws:s3:::resas-ops-exports",
                "2 2 backup-missing:arn:aws:s3:::resas-ops-raw [バックアップ未取得] arn:aws:s3:::resas-ops-raw",
                "2 2 backup-missing:arn:aws:s3:::resas-ops-reports-archive [バックアップ未取得] "
                        + "arn:aws:s3:::resas-ops-reports-archive",
                "2 2 backup:arn:aws:s3:::resas-ops-raw [バックアップ失敗 FAILED] resas-ops-raw",
                "3 1 restore:r0r0r0r0-0002-4eee-8fff-000000000002 [リストア失敗 COMPLETED/検証 FAILED] arn:aws:s3:::resas-ops-attachments");
        assertThat(sql.query("SELECT j.job_id || ' ' || i.dedup_key FROM backup_job j JOIN incident i ON i.id = j.incident_id "
                + "ORDER BY j.job_id", row -> row.getString(1))).containsExactly(
                "a1b2c3d4-0002-4aaa-8bbb-000000000002 backup:arn:aws:s3:::resas-ops-raw",
                "a1b2c3d4-0004-4aaa-8bbb-000000000004 backup:arn:aws:s3:::resas-ops-raw",
                "r0r0r0r0-0002-4eee-8fff-000000000002 restore:r0r0r0r0-0002-4eee-8fff-000000000002");
        assertThat(sql.query("SELECT t.kind || ' ' || t.priority || ' ' || t.title FROM backup_job j "
                + "JOIN ticket t ON t.id = j.ticket_id", row -> row.getString(1)))
                .containsExactly("ISSUE HIGH [バックアップのコピー失敗] resas-ops-db");
        assertThat(sql.queryOne("SELECT count(*) FROM ticket WHERE title LIKE '[バックアップのコピー失敗]%'",
                row -> row.getInt(1))).contains(1);
    }

    @Test
    void aProtectedResourceWithNoBackupJobIn7Days_opensTheMissingBackupIncident_andIsListed() {
        assertThat(own.requests(PROTECTED)).extracting(FakeAws.Request::path)
                .anySatisfy(path -> assertThat(path).contains("nextToken=protected-page-2"));
        assertThat(first.counts()).containsEntry("backup:ap-northeast-1 PROTECTED", 4)
                .containsEntry("resas-prod/backup:ap-northeast-1 PROTECTED", 2)
                .containsEntry("resas-prod/backup:us-east-1 PROTECTED", 0);
        // Only the two without any job in the 7 days; the raw bucket (a FAILED job) and the attachments (a job 74 h
        // ago) have jobs and are judged by their jobs.
        List<Unbacked> unbacked = backups.unbacked();
        assertThat(unbacked).filteredOn(u -> !u.resource().neverBackedUp())
                .extracting(u -> u.resource().scope() + " " + u.resource().resourceName())
                .containsExactly("resas-prod/backup:ap-northeast-1 resas-prod-db",
                        "backup:ap-northeast-1 resas-ops-reports-archive");
        assertThat(unbacked).allSatisfy(u -> assertThat(u.incidentId()).isNotNull());
        assertThat(sql.queryOne("SELECT i.title || ' / ' || i.severity FROM backup_protected_resource p JOIN incident i "
                + "ON i.id = p.incident_id WHERE p.resource_name = 'resas-ops-reports-archive'", row -> row.getString(1)))
                .contains("[バックアップ未取得] arn:aws:s3:::resas-ops-reports-archive / 2");
        assertThat(sql.query("SELECT message FROM incident_timeline e JOIN incident i ON i.id = e.incident_id "
                + "WHERE i.dedup_key = 'backup-missing:arn:aws:s3:::resas-ops-reports-archive'", row -> row.getString(1)))
                .anySatisfy(m -> assertThat(m).contains("7 日間バックアップジョブがありません"));
        assertThat(sql.queryOne("SELECT count(*) FROM backup_protected_resource WHERE selected_by IS NULL",
                row -> row.getInt(1))).contains(6);
    }

    @Test
    void aResourceAPlanSelects_withNoRecoveryPointAtAll_isListed_andOpensTheMissingBackupIncident() {
        // every page of the selections read, each selection got, its tag condition resolved through GetResources
        assertThat(own.requests(SELECTIONS)).extracting(FakeAws.Request::path)
                .anySatisfy(path -> assertThat(path).contains("nextToken=selections-page-2"));
        assertThat(own.requests(GET_RESOURCES)).extracting(FakeAws.Request::body)
                .allSatisfy(body -> assertThat(body).contains("\"Key\":\"backup\"").contains("\"daily\""));
        // named outright and not protected: the exports bucket; by tag: the EFS (env=prod), not the dev volume (its
        // condition fails), not the tmp- table (NotResources); the reports archive and the raw bucket are protected
        assertThat(first.counts()).containsEntry("backup:ap-northeast-1 SELECTIONS", 2)
                .containsEntry("backup:ap-northeast-1 PROTECTED", 4)
                .doesNotContainKey("resas-prod/backup:ap-northeast-1 SELECTIONS");
        List<Unbacked> never = backups.unbacked().stream().filter(u -> u.resource().neverBackedUp()).toList();
        assertThat(never).extracting(u -> u.resource().resourceType() + " " + u.resource().resourceName() + " "
                + u.resource().selectedBy()).containsExactly(
                        "EFS fs-0a1b2c3d resas-ops-daily / tagged-daily",
                        "S3 resas-ops-exports resas-ops-daily / buckets");
        assertThat(never).allSatisfy(u -> assertThat(u.incidentId()).isNotNull());
        assertThat(sql.query("SELECT i.severity || ' ' || e.message FROM incident_timeline e JOIN incident i ON "
                + "i.id = e.incident_id WHERE i.dedup_key = 'backup-missing:arn:aws:s3:::resas-ops-exports'",
                row -> row.getString(1))).anySatisfy(m -> assertThat(m).startsWith("2 ")
                        .contains("バックアッププラン「resas-ops-daily / buckets」の対象ですが、復旧ポイントが一つもなく"));
        // the second run adds an occurrence to the same incident, no second incident
        assertThat(sql.queryOne("SELECT count(*) || ' ' || max(occurrences) FROM incident WHERE dedup_key = "
                + "'backup-missing:arn:aws:s3:::resas-ops-exports'", row -> row.getString(1))).contains("1 2");
    }

    @Test
    void restoreTestingJobs_becomeAutomaticDrills_refreshedUntilSignedOff() {
        assertThat(drillsAfterFirst).containsExactly(
                "AUTOMATIC PERFORMED arn:aws:rds:ap-northeast-1:123456789012:cluster:resas-ops-db PENDING AWS Backup 90 v0",
                "AUTOMATIC PERFORMED arn:aws:s3:::resas-ops-attachments FAILED AWS Backup 90 v0");
        assertThat(drills()).containsExactly(
                "AUTOMATIC PERFORMED arn:aws:rds:ap-northeast-1:123456789012:cluster:resas-ops-db PASSED AWS Backup 90 v1",
                "AUTOMATIC PERFORMED arn:aws:s3:::resas-ops-attachments FAILED AWS Backup 90 v0");
        assertThat(sql.queryOne("SELECT extract(epoch FROM completed_at - started_at)::int / 60 || ' min, data age ' "
                + "|| extract(epoch FROM started_at - recovery_point_at)::int / 3600 || ' h' FROM restore_drill "
                + "WHERE resource_arn LIKE '%cluster:resas-ops-db'", row -> row.getString(1))).contains("120 min, data age 2 h");
        assertThat(second.counts()).containsEntry("backup:ap-northeast-1 BACKUP", 4);
    }
}
