package jp.resas.ops.incident;

import static jp.resas.ops.incident.IncidentStatus.CLOSED;
import static jp.resas.ops.incident.IncidentStatus.DETECTED;
import static jp.resas.ops.incident.IncidentStatus.MITIGATED;
import static jp.resas.ops.incident.IncidentStatus.RESOLVED;
import static jp.resas.ops.incident.IncidentStatus.ROOT_CAUSE_IDENTIFIED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;

/**
 * Which stage may follow which, and what the report must say on arrival. Stages only move forward;
 * a fault fixed at once may skip the workaround, and a false alarm may be closed from DETECTED with a
 * note saying why. A major incident closes only with its prevention measures written.
 */
public final class IncidentLifecycle {

    private static final Map<IncidentStatus, Set<IncidentStatus>> NEXT = new EnumMap<>(Map.of(
            DETECTED, EnumSet.of(MITIGATED, RESOLVED, CLOSED),
            MITIGATED, EnumSet.of(ROOT_CAUSE_IDENTIFIED, RESOLVED),
            ROOT_CAUSE_IDENTIFIED, EnumSet.of(RESOLVED),
            RESOLVED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(IncidentStatus.class)));

    private IncidentLifecycle() {
    }

    public static boolean allows(IncidentStatus from, IncidentStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Japanese name of a stage, as timelines and reports show it. */
    public static String label(IncidentStatus status) {
        return switch (status) {
            case DETECTED -> "検知";
            case MITIGATED -> "暫定対応済";
            case ROOT_CAUSE_IDENTIFIED -> "原因特定";
            case RESOLVED -> "恒久対応済";
            case CLOSED -> "完了";
        };
    }

    /**
     * @throws ConflictException     when {@code to} may not follow the current stage
     * @throws InvalidInputException naming the report section (or note) the new stage needs
     */
    public static void check(IncidentCase incident, IncidentStatus to, IncidentReport report, String note) {
        if (!allows(incident.status(), to)) {
            throw new ConflictException("TRANSITION_NOT_ALLOWED", "to", "障害の状態を「" + label(incident.status())
                    + "」から「" + label(to) + "」に変更することはできません。");
        }
        switch (to) {
            case MITIGATED -> require(report, IncidentReport::workaround, "workaround", "暫定対応の内容");
            case ROOT_CAUSE_IDENTIFIED -> require(report, IncidentReport::cause, "cause", "原因");
            case RESOLVED -> {
                require(report, IncidentReport::cause, "cause", "原因");
                require(report, IncidentReport::permanentFix, "permanentFix", "恒久対応の内容");
            }
            case CLOSED -> {
                if (incident.status() == DETECTED && note == null) {
                    throw new InvalidInputException("note", "対応せずに完了する理由 (誤検知など) を note に入力してください。");
                }
                if (incident.major()) {
                    require(report, IncidentReport::prevention, "prevention", "再発防止策");
                }
            }
            case DETECTED -> throw new IllegalStateException("no transition leads to DETECTED");
        }
    }

    private static void require(IncidentReport report, Function<IncidentReport, String> section, String field,
            String name) {
        if (section.apply(report) == null) {
            throw new InvalidInputException(field, name + "を入力してください。");
        }
    }
}
