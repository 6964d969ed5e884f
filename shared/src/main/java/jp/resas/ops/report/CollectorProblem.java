package jp.resas.ops.report;

import java.util.List;

/** A collector run that did not store everything: its period, status and the reasons it recorded. */
public record CollectorProblem(String collector, String period, String status, List<String> reasons) {

    public CollectorProblem {
        reasons = List.copyOf(reasons);
    }

    public static List<String> reasons(List<CollectorProblem> problems) {
        return problems.stream().map(p -> p.period() + " " + String.join("; ", p.reasons())).distinct().toList();
    }
}
