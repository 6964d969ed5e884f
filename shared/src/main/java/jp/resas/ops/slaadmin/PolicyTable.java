package jp.resas.ops.slaadmin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaPolicies;
import jp.resas.ops.sla.SlaPolicy;
import jp.resas.ops.sla.TicketType;

/** The policies in force: each changed one over the defaults, all sixteen present by construction. */
public record PolicyTable(List<StoredPolicy> rows) {

    public PolicyTable {
        rows = List.copyOf(rows);
    }

    public static PolicyTable of(List<StoredPolicy> changed) {
        Map<String, StoredPolicy> byKey = changed.stream().collect(Collectors.toMap(
                s -> key(s.policy().type(), s.policy().priority()), Function.identity()));
        return new PolicyTable(SlaPolicies.defaults().all().stream()
                .map(p -> byKey.getOrDefault(key(p.type(), p.priority()), StoredPolicy.byDefault(p)))
                .sorted(Comparator.comparing((StoredPolicy s) -> s.policy().type())
                        .thenComparing(s -> s.policy().priority()))
                .toList());
    }

    public SlaPolicies policies() {
        return new SlaPolicies(rows.stream().map(StoredPolicy::policy).toList());
    }

    public StoredPolicy get(TicketType type, Priority priority) {
        return rows.stream().filter(s -> s.policy().type() == type && s.policy().priority() == priority)
                .findFirst().orElseThrow();
    }

    private static String key(TicketType type, Priority priority) {
        return type + "/" + priority;
    }
}
