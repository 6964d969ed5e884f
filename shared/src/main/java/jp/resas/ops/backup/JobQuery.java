package jp.resas.ops.backup;

import java.util.Optional;

/** Filters of the job list: kind, state (AWS Backup's word), the monitored account, only the failed ones. */
public record JobQuery(Optional<JobKind> kind, Optional<String> state, Optional<String> account, boolean failedOnly) {
}
