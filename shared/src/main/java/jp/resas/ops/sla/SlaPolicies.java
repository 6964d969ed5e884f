package jp.resas.ops.sla;

import static jp.resas.ops.sla.PauseReason.WAITING_FOR_APPROVAL;
import static jp.resas.ops.sla.PauseReason.WAITING_FOR_REQUESTER;
import static jp.resas.ops.sla.PauseReason.WAITING_FOR_VENDOR;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One policy for every ticket type and priority; immutable, complete by construction. */
public final class SlaPolicies {

    /**
     * Default targets in business hours {first response, resolution} per priority CRITICAL..LOW.
     * The specification sets no numbers; these are the operator's proposal until agreed with 主管課.
     */
    private static final Map<TicketType, double[][]> DEFAULT_HOURS = Map.of(
            TicketType.INCIDENT, new double[][] {{0.5, 4}, {1, 8}, {4, 24}, {8, 40}},
            TicketType.INQUIRY, new double[][] {{1, 8}, {2, 16}, {4, 24}, {8, 40}},
            TicketType.WORK_REQUEST, new double[][] {{1, 8}, {4, 16}, {8, 40}, {16, 80}},
            TicketType.CHANGE_REQUEST, new double[][] {{2, 16}, {4, 40}, {8, 80}, {16, 160}});

    private final Map<TicketType, Map<Priority, SlaPolicy>> policies = new EnumMap<>(TicketType.class);

    /** @throws IllegalArgumentException when a type/priority pair is missing or given twice */
    public SlaPolicies(Collection<SlaPolicy> all) {
        for (SlaPolicy p : all) {
            var byPriority = policies.computeIfAbsent(p.type(), t -> new EnumMap<>(Priority.class));
            if (byPriority.putIfAbsent(p.priority(), p) != null) {
                throw new IllegalArgumentException("two policies for " + p.type() + "/" + p.priority());
            }
        }
        for (TicketType type : TicketType.values()) {
            for (Priority priority : Priority.values()) {
                if (!policies.getOrDefault(type, Map.of()).containsKey(priority)) {
                    throw new IllegalArgumentException("no policy for " + type + "/" + priority);
                }
            }
        }
    }

    /** Built once: immutable, and read by every request that evaluates an SLA (issue 18). */
    private static final SlaPolicies DEFAULTS = buildDefaults();

    /** The default policies: 80% warning; waits on the requester always pause. */
    public static SlaPolicies defaults() {
        return DEFAULTS;
    }

    private static SlaPolicies buildDefaults() {
        List<SlaPolicy> all = new ArrayList<>();
        DEFAULT_HOURS.forEach((type, hours) -> {
            for (Priority priority : Priority.values()) {
                double[] h = hours[priority.ordinal()];
                all.add(new SlaPolicy(type, priority, hours(h[0]), hours(h[1]),
                        SlaPolicy.DEFAULT_WARNING_PERCENT, defaultPauses(type)));
            }
        });
        return new SlaPolicies(all);
    }

    public SlaPolicy policyFor(TicketType type, Priority priority) {
        return policies.get(type).get(priority);
    }

    /** All sixteen, by ticket type then priority (most urgent first). */
    public List<SlaPolicy> all() {
        List<SlaPolicy> all = new ArrayList<>();
        policies.values().forEach(byPriority -> all.addAll(byPriority.values()));
        return List.copyOf(all);
    }

    /** These policies with one replaced, e.g. after an administrator edits it. */
    public SlaPolicies with(SlaPolicy replacement) {
        List<SlaPolicy> all = new ArrayList<>();
        policies.values().forEach(m -> m.values().stream()
                .filter(p -> p.type() != replacement.type() || p.priority() != replacement.priority())
                .forEach(all::add));
        all.add(replacement);
        return new SlaPolicies(all);
    }

    /** Approval gates apply to work and change requests; vendors matter for faults and questions. */
    private static Set<PauseReason> defaultPauses(TicketType type) {
        return switch (type) {
            case WORK_REQUEST, CHANGE_REQUEST -> Set.of(WAITING_FOR_REQUESTER, WAITING_FOR_APPROVAL);
            case INCIDENT, INQUIRY -> Set.of(WAITING_FOR_REQUESTER, WAITING_FOR_VENDOR);
        };
    }

    private static Duration hours(double h) {
        return Duration.ofMinutes(Math.round(h * 60));
    }
}
