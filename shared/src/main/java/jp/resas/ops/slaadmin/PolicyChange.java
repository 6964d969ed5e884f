package jp.resas.ops.slaadmin;

import java.util.List;

/**
 * An administrator's new values for one policy, as sent (nulls are refused by name): targets in
 * business minutes, the warning share in percent, the pause reasons, and the version read.
 */
public record PolicyChange(Long firstResponseMinutes, Long resolutionMinutes, Integer warningPercent,
        List<String> pausedBy, Long version) {
}
