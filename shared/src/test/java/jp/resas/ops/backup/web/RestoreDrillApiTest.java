package jp.resas.ops.backup.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Restore drills and the job list on a real PostgreSQL: a drill planned, its result recorded once, and the sign-off
 * tried around: by the performer (holding the approver role too), by whoever recorded it naming someone else as
 * performer, on a drill that changed after it was read, with another step's fields, twice.
 */
@MicronautTest(transactional = false, environments = "restore-drill-api-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestoreDrillApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;
    private Api api;
    private long restoreJob;
    private long testingJob;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @BeforeAll
    void seed() {
        api = new Api(http);
        String insert = "INSERT INTO backup_job (kind, job_id, scope, region, resource_arn, state, created_at, "
                + "validation_status, first_seen_at, last_seen_at) VALUES (?, ?, ?, 'ap-northeast-1', ?, ?, ?::timestamptz, ?, "
                + "now(), now()) RETURNING id";
        restoreJob = sql.queryOne(insert, row -> row.getLong(1), "RESTORE", "r-1", "backup:ap-northeast-1",
                "arn:aws:rds:ap-northeast-1:123456789012:cluster:resas-ops-db", "COMPLETED", "2026-11-02T18:00:00Z",
                "SUCCESSFUL").orElseThrow();
        testingJob = sql.queryOne(insert, row -> row.getLong(1), "RESTORE", "r-2", "backup:ap-northeast-1",
                "arn:db", "COMPLETED", "2026-11-01T18:00:00Z", null).orElseThrow();
        sql.queryOne(insert, row -> row.getLong(1), "BACKUP", "b-1", "backup:ap-northeast-1", "arn:aws:s3:::resas-ops-raw",
                "FAILED", "2026-11-03T18:00:00Z", null);
        sql.queryOne(insert, row -> row.getLong(1), "BACKUP", "b-2", "resas-prod/backup:ap-northeast-1",
                "arn:aws:dynamodb:ap-northeast-1:210987654321:table/resas-sessions", "COMPLETED", "2026-11-04T18:00:00Z", null);
    }

    private Api.Answer plan(String title) {
        return api.post("/restore-drills", Map.of("title", title, "plannedFor", "2026-11-20", "rtoTargetMinutes", 120,
                "resourceArn", "arn:aws:rds:ap-northeast-1:123456789012:cluster:resas-ops-db"), "sato", "operator");
    }

    private Map<String, Object> result(long version) {
        Map<String, Object> body = new HashMap<>(Map.of("version", version, "startedAt", "2026-11-20T10:00:00+09:00",
                "completedAt", "2026-11-20T12:30:00+09:00", "recoveryPointAt", "2026-11-20T03:00:00+09:00",
                "recoveryPointArn", "arn:aws:rds:ap-northeast-1:123456789012:cluster-snapshot:s1",
                "restoreJobId", restoreJob, "verification", "PASSED", "note", "件数と最新更新日時を照合"));
        return body;
    }

    @Test
    void aDrillIsPlannedRecordedAndSignedOff_byAnApproverWhoNeitherPerformedNorRecordedIt() {
        Api.Answer planned = plan("12月 DB リストア訓練");
        assertThat(planned.status()).isEqualTo(201);
        assertThat(planned.get("status").asText()).isEqualTo("PLANNED");

        Api.Answer early = api.post("/restore-drills/" + planned.id() + "/sign-off", Map.of("version", planned.version()),
                "suzuki", "approver");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.get("error").asText()).isEqualTo("TRANSITION_NOT_ALLOWED");

        Api.Answer recorded = api.post("/restore-drills/" + planned.id() + "/result", result(planned.version()),
                "sato", "operator", "approver");
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(recorded.get("status").asText()).isEqualTo("PERFORMED");
        assertThat(recorded.get("performedBy").asText()).isEqualTo("sato");
        assertThat(recorded.get("restoreMinutes").asLong()).isEqualTo(150);
        assertThat(recorded.get("withinTarget").asBoolean()).isFalse();
        assertThat(recorded.get("dataAgeHours").asLong()).isEqualTo(7);
        assertThat(api.post("/restore-drills/" + planned.id() + "/result", result(recorded.version()), "tanaka",
                "operator").get("error").asText()).isEqualTo("TRANSITION_NOT_ALLOWED");

        Api.Answer self = api.post("/restore-drills/" + planned.id() + "/sign-off", Map.of("version", recorded.version()),
                "sato", "operator", "approver");
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        assertThat(api.post("/restore-drills/" + planned.id() + "/sign-off", Map.of("version", recorded.version()),
                "tanaka", "operator").status()).isEqualTo(403);
        Api.Answer smuggled = api.post("/restore-drills/" + planned.id() + "/sign-off", Map.of("version",
                recorded.version(), "signedOffBy", "yamada"), "suzuki", "approver");
        assertThat(smuggled.status()).isEqualTo(400);

        Api.Answer signed = api.post("/restore-drills/" + planned.id() + "/sign-off", Map.of("version", recorded.version(),
                "note", "手順書どおり"), "suzuki", "approver");
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.get("status").asText()).isEqualTo("SIGNED_OFF");
        assertThat(signed.get("signedOffBy").asText()).isEqualTo("suzuki");
        assertThat(api.post("/restore-drills/" + planned.id() + "/sign-off", Map.of("version", signed.version()),
                "yamada", "approver").get("error").asText()).isEqualTo("TRANSITION_NOT_ALLOWED");
        assertThat(sql.query("SELECT actor || ' ' || action FROM audit_log WHERE target_type = 'restore_drill' "
                + "AND target_id = ? ORDER BY id", row -> row.getString(1), String.valueOf(planned.id())))
                .containsExactly("sato restore_drill.planned", "sato restore_drill.performed", "suzuki restore_drill.signed_off");
    }

    @Test
    void whoeverRecordsADrillPerformedBySomeoneElse_cannotSignItOff_andNeitherCanThePerformer() {
        Api.Answer planned = plan("ベンダー実施のリストア訓練");
        Map<String, Object> body = result(planned.version());
        body.put("performedBy", "vendor-kimura");
        body.remove("restoreJobId");
        Api.Answer recorded = api.post("/restore-drills/" + planned.id() + "/result", body, "suzuki", "operator", "approver");
        assertThat(recorded.get("performedBy").asText()).isEqualTo("vendor-kimura");
        assertThat(recorded.get("recordedBy").asText()).isEqualTo("suzuki");
        assertThat(api.post("/restore-drills/" + planned.id() + "/sign-off", Map.of("version", recorded.version()),
                "suzuki", "approver").get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        assertThat(api.post("/restore-drills/" + planned.id() + "/sign-off", Map.of("version", recorded.version()),
                "vendor-kimura", "approver").get("error").asText()).isEqualTo("SEGREGATION_OF_DUTIES");
        // The database refuses it too, whatever the code does.
        assertThatThrownBy(() -> sql.update("UPDATE restore_drill SET status = 'SIGNED_OFF', signed_off_by = 'suzuki', "
                + "signed_off_at = now() WHERE id = ?", planned.id())).hasStackTraceContaining("violates check constraint");
    }

    @Test
    void aSignOffOfADrillThatChangedSinceItWasRead_isStale_andBadInputNamesItsField() {
        long drill = sql.queryOne("INSERT INTO restore_drill (kind, status, title, resource_arn, restore_job_id, started_at, "
                + "performed_by, recorded_by, verification, rto_target_minutes, created_by, created_at) VALUES ('AUTOMATIC', "
                + "'PERFORMED', '月次リストアテスト', 'arn:db', ?, now() - interval '2 hours', 'AWS Backup', "
                + "'system:backup-collector', 'PENDING', 240, 'system:backup-collector', now()) RETURNING id",
                row -> row.getLong(1), testingJob).orElseThrow();
        Api.Answer pending = api.post("/restore-drills/" + drill + "/sign-off", Map.of("version", 0), "suzuki", "approver");
        assertThat(pending.status()).isEqualTo(409);
        assertThat(pending.get("error").asText()).isEqualTo("VERIFICATION_PENDING");
        // The next collection finds the validation failed: the version steps, the approver's read is stale.
        sql.update("UPDATE restore_drill SET verification = 'FAILED', version = version + 1 WHERE id = ?", drill);
        Api.Answer stale = api.post("/restore-drills/" + drill + "/sign-off", Map.of("version", 0), "suzuki", "approver");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.get("error").asText()).isEqualTo("STALE_VERSION");
        assertThat(api.post("/restore-drills/" + drill + "/sign-off", Map.of("version", 1), "suzuki", "approver")
                .get("status").asText()).isEqualTo("SIGNED_OFF");

        Api.Answer planned = plan("入力誤り");
        Map<String, Object> body = result(planned.version());
        body.put("completedAt", "2026-11-20T09:00:00+09:00");
        Api.Answer backwards = api.post("/restore-drills/" + planned.id() + "/result", body, "sato", "operator");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.get("field").asText()).isEqualTo("completedAt");
        body = result(planned.version());
        body.put("restoreJobId", 999999);
        assertThat(api.post("/restore-drills/" + planned.id() + "/result", body, "sato", "operator").get("field").asText())
                .isEqualTo("restoreJobId");
        body = result(planned.version());
        body.put("restoreJobId", testingJob);
        Api.Answer taken = api.post("/restore-drills/" + planned.id() + "/result", body, "sato", "operator");
        assertThat(taken.get("field").asText()).isEqualTo("restoreJobId");
        assertThat(taken.get("message").asText()).contains("記録済み");
        body = result(planned.version());
        body.put("verification", "PENDING");
        assertThat(api.post("/restore-drills/" + planned.id() + "/result", body, "sato", "operator").get("field").asText())
                .isEqualTo("verification");
        assertThat(api.post("/restore-drills", Map.of("title", "t", "plannedFor", "2026-13-01", "rtoTargetMinutes", 60),
                "sato", "operator").get("field").asText()).isEqualTo("plannedFor");
        assertThat(api.post("/restore-drills", Map.of("title", "t", "plannedFor", "2026-12-01"), "sato", "viewer")
                .status()).isEqualTo(403);
    }

    @Test
    void theJobList_filtersByKindAccountAndFailure_andPagesByKeyset() {
        Api.Answer failed = api.get("/backups/jobs?failed=true", "kato", "viewer");
        assertThat(failed.get("items")).extracting(j -> j.get("jobId").asText()).containsExactly("b-1");
        Api.Answer prod = api.get("/backups/jobs?account=resas-prod", "kato", "viewer");
        assertThat(prod.get("items")).extracting(j -> j.get("jobId").asText()).containsExactly("b-2");
        Api.Answer first = api.get("/backups/jobs?limit=2", "kato", "viewer");
        assertThat(first.get("items")).extracting(j -> j.get("jobId").asText()).containsExactly("b-2", "b-1");
        Api.Answer next = api.get("/backups/jobs?limit=2&cursor=" + first.get("nextCursor").asText(), "kato", "viewer");
        assertThat(next.get("items")).extracting(j -> j.get("jobId").asText()).containsExactly("r-1", "r-2");
        assertThat(next.get("nextCursor").isNull()).isTrue();
        assertThat(api.get("/backups/jobs?kind=TAPE", "kato", "viewer").get("field").asText()).isEqualTo("kind");
    }

    @Test
    void theProtectedResourcesWithoutABackupJobIn7Days_areListed() {
        String insert = "INSERT INTO backup_protected_resource (scope, resource_arn, resource_type, resource_name, "
                + "last_backup_at, first_seen_at, last_seen_at) VALUES (?, ?, 'S3', ?, now() - interval '9 days', now(), now())";
        sql.update(insert, "backup:ap-northeast-1", "arn:aws:s3:::resas-ops-reports-archive", "resas-ops-reports-archive");
        sql.update(insert, "backup:ap-northeast-1", "arn:aws:s3:::resas-ops-recent", "resas-ops-recent");
        sql.update("INSERT INTO backup_job (kind, job_id, scope, region, resource_arn, state, created_at, first_seen_at, "
                + "last_seen_at) VALUES ('BACKUP', 'b-recent', 'backup:ap-northeast-1', 'ap-northeast-1', "
                + "'arn:aws:s3:::resas-ops-recent', 'RUNNING', now() - interval '2 days', now(), now())");
        Api.Answer unbacked;
        try {
            unbacked = api.get("/backups/unbacked", "kato", "viewer");
        } finally {
            // the job list's own test reads every job: leave it as seeded
            sql.update("DELETE FROM backup_job WHERE job_id = 'b-recent'");
        }
        assertThat(unbacked.status()).isEqualTo(200);
        assertThat(unbacked.get("items")).singleElement().satisfies(item -> {
            assertThat(item.get("resource").get("resourceArn").asText()).isEqualTo("arn:aws:s3:::resas-ops-reports-archive");
            assertThat(item.get("resource").get("scope").asText()).isEqualTo("backup:ap-northeast-1");
            assertThat(item.get("incidentId").isNull()).isTrue();
        });
        assertThat(unbacked.get("nextCursor").isNull()).isTrue();
    }
}
