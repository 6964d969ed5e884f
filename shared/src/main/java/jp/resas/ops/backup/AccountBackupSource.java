package jp.resas.ops.backup;

import jp.resas.ops.monitored.MonitoredAccount;

/** AWS Backup in a monitored account, read through the role assumed there (port). */
public interface AccountBackupSource {

    BackupSource of(MonitoredAccount account);
}
