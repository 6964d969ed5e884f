package jp.resas.ops.backup.web;

import java.util.List;
import java.util.Map;
import jp.resas.ops.backup.BackupJob;
import jp.resas.ops.backup.ProtectedResource;
import jp.resas.ops.backup.RestoreDrill;
import jp.resas.ops.backup.infrastructure.Unbacked;
import jp.resas.ops.portal.web.Jst;

/** What the backup and restore-drill pages show, in Japanese and Japan time. */
final class BackupPageViews {

    static final List<String> JOB_HEADINGS = List.of("ID", "種類", "状態", "範囲", "リソース", "リソースの種類", "ボールト",
            "開始", "完了", "サイズ（バイト）", "メッセージ", "検証", "インシデント", "課題");
    static final List<String> DRILL_HEADINGS = List.of("ID", "種類", "状態", "件名", "予定日", "リソース", "開始", "完了",
            "復旧時間（分）", "RTO 目標（分）", "RTO", "データの古さ（時間）", "検証", "実施者", "記録者", "承認者", "承認日時");
    static final Map<String, String> KIND = Map.of("BACKUP", "バックアップ", "COPY", "コピー", "RESTORE", "リストア");
    static final Map<RestoreDrill.Status, String> DRILL_STATUS = Map.of(RestoreDrill.Status.PLANNED, "予定",
            RestoreDrill.Status.PERFORMED, "実施済", RestoreDrill.Status.SIGNED_OFF, "承認済");
    static final Map<RestoreDrill.Verification, String> VERIFICATION = Map.of(RestoreDrill.Verification.PENDING,
            "検証中", RestoreDrill.Verification.PASSED, "成功", RestoreDrill.Verification.FAILED, "失敗");

    private BackupPageViews() {
    }

    record JobRow(long id, String kind, String state, String stateClass, String scope, String resource,
            String resourceType, String vault, String created, String completed, String size, String message,
            String validation, Long incidentId, Long ticketId) {

        static JobRow of(BackupJob j) {
            boolean failed = java.util.Set.of("FAILED", "EXPIRED", "ABORTED").contains(j.state())
                    || "FAILED".equals(j.validationStatus()) || "TIMED_OUT".equals(j.validationStatus());
            return new JobRow(j.id(), KIND.get(j.kind().name()), j.state(), failed ? "tag-error" : "", j.scope(),
                    dash(j.resourceName() != null ? j.resourceName() : j.resourceArn()), dash(j.resourceType()),
                    dash(j.vault()), Jst.at(j.createdAt()), Jst.at(j.completedAt()),
                    j.sizeBytes() == null ? "" : String.valueOf(j.sizeBytes()), dash(j.message()),
                    dash(j.validationStatus()), j.incidentId(), j.ticketId());
        }

        List<String> cells() {
            return List.of(String.valueOf(id), kind, state, scope, resource, resourceType, vault, created, completed,
                    size, message, validation, incidentId == null ? "" : "INC-" + incidentId,
                    ticketId == null ? "" : String.valueOf(ticketId));
        }
    }

    record DrillRow(long id, String kind, String status, String title, String plannedFor, String resource,
            String started, String completed, String restoreMinutes, String target, String rto, String rtoClass,
            String dataAge, String verification, String verificationClass, String performedBy, String recordedBy,
            String signedOffBy, String signedOffAt, String href) {

        static DrillRow of(RestoreDrill d) {
            String rto = d.withinTarget() == null ? "—" : d.withinTarget() ? "目標内" : "目標超過";
            return new DrillRow(d.id(), d.kind() == RestoreDrill.Kind.AUTOMATIC ? "自動（復元テスト計画）" : "手動",
                    DRILL_STATUS.get(d.status()), d.title(), d.plannedFor() == null ? "—" : Jst.date(d.plannedFor()),
                    dash(d.resourceArn()), Jst.at(d.startedAt()), Jst.at(d.completedAt()), number(d.restoreMinutes()),
                    String.valueOf(d.rtoTargetMinutes()), rto, "目標超過".equals(rto) ? "tag-error" : "",
                    number(d.dataAgeHours()), d.verification() == null ? "—" : VERIFICATION.get(d.verification()),
                    d.verification() == RestoreDrill.Verification.FAILED ? "tag-error" : "", dash(d.performedBy()),
                    dash(d.recordedBy()), dash(d.signedOffBy()), Jst.at(d.signedOffAt()),
                    "/portal/restore-drills/" + d.id());
        }

        List<String> cells() {
            return List.of(String.valueOf(id), kind, status, title, plannedFor, resource, started, completed,
                    restoreMinutes, target, rto, dataAge, verification, performedBy, recordedBy, signedOffBy,
                    signedOffAt);
        }
    }

    /** A protected resource that had no backup job in 7 days: what, where, its last backup, the incident. */
    record UnbackedRow(String resource, String arn, String type, String scope, String lastBackup, Long incidentId,
            String tag) {

        static UnbackedRow of(Unbacked u) {
            ProtectedResource r = u.resource();
            return new UnbackedRow(dash(r.resourceName() != null ? r.resourceName() : r.resourceArn()), r.resourceArn(),
                    dash(r.resourceType()), r.scope(), r.neverBackedUp() ? "なし（バックアッププラン「" + r.selectedBy()
                            + "」の対象）" : r.lastBackupAt() == null ? "不明" : Jst.at(r.lastBackupAt()),
                    u.incidentId(), r.neverBackedUp() ? "復旧ポイントなし" : "ジョブなし");
        }
    }

    /** A list page: the filters as typed, the rows, the next page's link and the export's. */
    record ListPage<R>(Map<String, String> filters, List<R> rows, String next, String export) {
    }

    record DrillDetail(DrillRow row, RestoreDrill drill, String recoveryPoint, String recoveryPointAt,
            String verificationNote, String signOffNote, boolean canSignOff, boolean canRecord) {

        static DrillDetail of(RestoreDrill d) {
            return new DrillDetail(DrillRow.of(d), d, dash(d.recoveryPointArn()),
                    d.recoveryPointAt() == null ? "—" : Jst.at(d.recoveryPointAt()), dash(d.verificationNote()),
                    dash(d.signOffNote()), d.status() == RestoreDrill.Status.PERFORMED,
                    d.status() == RestoreDrill.Status.PLANNED);
        }
    }

    private static String number(Long value) {
        return value == null ? "—" : String.valueOf(value);
    }

    static String dash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
