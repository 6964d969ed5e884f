/**
 * バックアップ: the AWS Backup jobs (backup, copy, restore) collected daily from RESAS Ops' own account and
 * each monitored account, the incident or ticket a failed job opens once, and the restore drills (the monthly
 * restore test's jobs and the drills held by hand) with their sign-off by an approver who did not perform them.
 */
package jp.resas.ops.backup;
