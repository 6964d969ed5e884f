package jp.resas.ops.slaadmin.web;

import java.time.Instant;
import java.util.List;
import jp.resas.ops.sla.SlaPolicy;
import jp.resas.ops.slaadmin.StoredPolicy;

/**
 * A policy as the API shows it: targets in business minutes; {@code custom} false while it is the
 * default; {@code version} is what a change must send back.
 */
record SlaPolicyView(String type, String priority, long firstResponseMinutes, long resolutionMinutes,
        int warningPercent, List<String> pausedBy, boolean custom, long version, String updatedBy,
        Instant updatedAt) {

    static SlaPolicyView of(StoredPolicy stored) {
        SlaPolicy p = stored.policy();
        return new SlaPolicyView(p.type().name(), p.priority().name(), p.firstResponse().toMinutes(),
                p.resolution().toMinutes(), p.warningPercent(), p.pausedBy().stream().map(Enum::name).sorted().toList(),
                stored.custom(), stored.version(), stored.updatedBy(), stored.updatedAt());
    }
}
