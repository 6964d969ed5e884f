package jp.resas.ops.backup;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The Japanese titles and details of what a job raises (titles at most 200 characters). */
final class BackupTexts {

    private static final DateTimeFormatter JST_MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private BackupTexts() {
    }

    static String incidentTitle(ReportedJob job) {
        String what = switch (job.kind()) {
            case BACKUP -> "バックアップ失敗";
            case RESTORE -> "リストア失敗";
            case COPY -> "コピー失敗";
        };
        return cut("[" + what + " " + state(job) + "] " + name(job));
    }

    static String ticketTitle(ReportedJob job) {
        return cut("[バックアップのコピー失敗] " + name(job));
    }

    static String missingTitle(String resource) {
        return cut("[バックアップ未取得] " + resource);
    }

    static String noJobDetail(ProtectedResource r, long days) {
        if (r.neverBackedUp()) {
            return r.scope() + ": " + r.resourceArn() + (r.resourceType() == null ? "" : " (" + r.resourceType() + ")")
                    + " はバックアッププラン「" + r.selectedBy() + "」の対象ですが、復旧ポイントが一つもなく、" + days
                    + " 日間バックアップジョブもありません。プランのスケジュールとバックアップ用 IAM ロールを確認してください。";
        }
        String lastBackup = r.lastBackupAt() == null ? "不明"
                : JST_MINUTE.format(r.lastBackupAt().atOffset(ZoneOffset.ofHours(9))) + " 日本時間";
        return r.scope() + ": " + r.resourceArn() + (r.resourceType() == null ? "" : " (" + r.resourceType() + ")")
                + " は AWS Backup の保護対象ですが、" + days + " 日間バックアップジョブがありません（最後のバックアップ："
                + lastBackup + "）。バックアッププランの対象から外れていないか確認してください。";
    }

    static String detail(ReportedJob job) {
        return "AWS Backup " + job.kind() + " job " + job.jobId() + " (" + job.scope() + "): " + state(job)
                + (job.message() == null ? "" : " — " + job.message())
                + (job.validationMessage() == null ? "" : " — " + job.validationMessage());
    }

    private static String state(ReportedJob job) {
        return job.validationStatus() == null ? job.state() : job.state() + "/検証 " + job.validationStatus();
    }

    private static String name(ReportedJob job) {
        if (job.resourceName() != null && !job.resourceName().isBlank()) {
            return job.resourceName();
        }
        return job.resourceArn() != null ? job.resourceArn() : job.jobId();
    }

    private static String cut(String title) {
        return title.length() > 200 ? title.substring(0, 200) : title;
    }
}
