package jp.resas.ops.incident;

import static jp.resas.ops.incident.IncidentStatus.CLOSED;
import static jp.resas.ops.incident.IncidentStatus.DETECTED;
import static jp.resas.ops.incident.IncidentStatus.MITIGATED;
import static jp.resas.ops.incident.IncidentStatus.RESOLVED;
import static jp.resas.ops.incident.IncidentStatus.ROOT_CAUSE_IDENTIFIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IncidentLifecycleTest {

    private static final Set<String> ALLOWED = Set.of("DETECTED>MITIGATED", "DETECTED>RESOLVED", "DETECTED>CLOSED",
            "MITIGATED>ROOT_CAUSE_IDENTIFIED", "MITIGATED>RESOLVED", "ROOT_CAUSE_IDENTIFIED>RESOLVED",
            "RESOLVED>CLOSED");

    private static IncidentCase at(IncidentStatus status, boolean major) {
        return new IncidentCase(new IncidentId(1), "t", status, 3, major, null, IncidentReport.empty(), 0);
    }

    @ParameterizedTest
    @EnumSource(IncidentStatus.class)
    void everyPair_isAllowedExactlyWhenListed(IncidentStatus from) {
        for (IncidentStatus to : IncidentStatus.values()) {
            assertThat(IncidentLifecycle.allows(from, to)).as(from + ">" + to)
                    .isEqualTo(ALLOWED.contains(from + ">" + to));
        }
    }

    @ParameterizedTest
    @EnumSource(IncidentStatus.class)
    void everyPairNotListed_isRefusedAs409_whateverTheReportSays(IncidentStatus from) {
        var complete = new IncidentReport("i", "c", "w", "f", "p");
        for (IncidentStatus to : IncidentStatus.values()) {
            if (!ALLOWED.contains(from + ">" + to)) {
                assertThatThrownBy(() -> IncidentLifecycle.check(at(from, true), to, complete, "note"))
                        .as(from + ">" + to).isInstanceOfSatisfying(ConflictException.class,
                                e -> assertThat(e.code()).isEqualTo("TRANSITION_NOT_ALLOWED"));
            } else {
                IncidentLifecycle.check(at(from, true), to, complete, "note");
            }
        }
    }

    @Test
    void backwards_isRefusedAsConflict() {
        assertThatThrownBy(() -> IncidentLifecycle.check(at(RESOLVED, false), MITIGATED,
                new IncidentReport(null, null, "w", null, null), null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("恒久対応済").hasMessageContaining("暫定対応済");
    }

    @Test
    void mitigated_needsTheWorkaround() {
        assertThatThrownBy(() -> IncidentLifecycle.check(at(DETECTED, false), MITIGATED, IncidentReport.empty(), null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("workaround");
    }

    @Test
    void resolvedDirectly_needsCauseAndFix() {
        var causeOnly = new IncidentReport(null, "c", null, null, null);

        assertThatThrownBy(() -> IncidentLifecycle.check(at(DETECTED, false), RESOLVED, causeOnly, null))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("permanentFix");
    }

    @Test
    void closingAFalseAlarm_needsANote() {
        assertThatThrownBy(() -> IncidentLifecycle.check(at(DETECTED, false), CLOSED, IncidentReport.empty(), null))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("note");
        IncidentLifecycle.check(at(DETECTED, false), CLOSED, IncidentReport.empty(), "誤検知");
    }

    @Test
    void closingAMajorIncident_needsPrevention() {
        assertThatThrownBy(() -> IncidentLifecycle.check(at(RESOLVED, true), CLOSED, IncidentReport.empty(), null))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("prevention");
        IncidentLifecycle.check(at(RESOLVED, false), CLOSED, IncidentReport.empty(), null);
    }

    @Test
    void nothingLeadsBackToDetected() {
        for (IncidentStatus from : EnumSet.allOf(IncidentStatus.class)) {
            assertThat(IncidentLifecycle.allows(from, DETECTED)).isFalse();
        }
        assertThat(IncidentLifecycle.allows(ROOT_CAUSE_IDENTIFIED, CLOSED)).isFalse();
    }
}
