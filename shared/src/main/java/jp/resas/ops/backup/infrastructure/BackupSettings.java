package jp.resas.ops.backup.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import jp.resas.ops.platform.settings.Setting;

/**
 * {@code resas.backup.*}, checked at start (a bad value stops the context naming the property):
 * {@code regions} (env {@code RESAS_BACKUP_REGIONS}, comma-separated, default {@value #DEFAULT_REGIONS}): where
 * {@code backup-collector} reads RESAS Ops' own account (a monitored account's regions come from the
 * description); {@code rto-target-minutes} ({@code RESAS_BACKUP_RTO_TARGET_MINUTES}, default
 * {@value #DEFAULT_RTO_TARGET_MINUTES}: 4 hours, the operator's proposal): an automatic restore drill's target.
 */
@Context
@ConfigurationProperties("resas.backup")
public record BackupSettings(@Nullable String regions, @Nullable Integer rtoTargetMinutes) {

    public static final String DEFAULT_REGIONS = "ap-northeast-1";
    public static final int DEFAULT_RTO_TARGET_MINUTES = 240;

    public BackupSettings {
        Setting.regions("resas.backup.regions", regions, DEFAULT_REGIONS);
        Setting.positive("resas.backup.rto-target-minutes", rtoTargetMinutes, DEFAULT_RTO_TARGET_MINUTES);
    }

    public List<String> ownRegions() {
        return Setting.regions("resas.backup.regions", regions, DEFAULT_REGIONS);
    }

    public int rtoMinutes() {
        return Setting.positive("resas.backup.rto-target-minutes", rtoTargetMinutes, DEFAULT_RTO_TARGET_MINUTES);
    }
}
