package jp.resas.ops.patch;

import java.time.Instant;
import java.util.List;

/**
 * A patch applied: {@code title} what ("commons-io 2.14.0 → 2.18.0"), {@code target} where (function, cluster,
 * image), in which environment, when and by whom; the change request it went through, the findings it closes,
 * who recorded it and who verified it (then the findings are FIXED).
 */
public record PatchRecord(long id, String title, String target, Environment environment, Instant appliedAt,
        String appliedBy, Long changeRequestId, String note, List<Long> findingIds, String recordedBy,
        Instant recordedAt, String verifiedBy, Instant verifiedAt, long version) {

    public enum Environment { PRODUCTION, STAGING, DEVELOPMENT }

    public PatchRecord {
        findingIds = List.copyOf(findingIds);
    }

    public boolean verified() {
        return verifiedAt != null;
    }
}
