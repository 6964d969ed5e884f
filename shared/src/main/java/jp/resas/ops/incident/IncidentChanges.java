package jp.resas.ops.incident;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a change did to an incident, field by field, for the audit log: {@code {field: {old, now}}}
 * ({@code null}: absent), as the tickets' audit records it, so that no overwritten text is lost.
 */
final class IncidentChanges {

    private IncidentChanges() {
    }

    static Map<String, Map<String, Object>> between(IncidentCase before, IncidentCase after) {
        Map<String, Map<String, Object>> changes = new TreeMap<>();
        put(changes, "severity", before.severity(), after.severity());
        put(changes, "major", before.major(), after.major());
        put(changes, "assignee", before.assignee(), after.assignee());
        between(changes, before.report(), after.report());
        return changes;
    }

    static Map<String, Map<String, Object>> between(IncidentReport before, IncidentReport after) {
        Map<String, Map<String, Object>> changes = new TreeMap<>();
        between(changes, before, after);
        return changes;
    }

    private static void between(Map<String, Map<String, Object>> changes, IncidentReport before, IncidentReport after) {
        put(changes, "impact", before.impact(), after.impact());
        put(changes, "cause", before.cause(), after.cause());
        put(changes, "workaround", before.workaround(), after.workaround());
        put(changes, "permanentFix", before.permanentFix(), after.permanentFix());
        put(changes, "prevention", before.prevention(), after.prevention());
    }

    private static void put(Map<String, Map<String, Object>> changes, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            Map<String, Object> change = new HashMap<>();
            change.put("old", old);
            change.put("now", now);
            changes.put(field, change);
        }
    }
}
