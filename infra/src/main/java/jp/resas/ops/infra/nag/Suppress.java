package jp.resas.ops.infra.nag;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import java.util.List;
import software.constructs.IConstruct;

/**
 * Narrow cdk-nag suppressions: every call names one rule, the construct it applies to and why.
 * Suppressions go on the construct that triggers the finding (and its children, since an L2's
 * findings sit on its generated L1s), never on a whole stack.
 */
public final class Suppress {

    private Suppress() {
    }

    /** Suppresses {@code ruleId} (e.g. {@code AwsSolutions-IAM4}) on the construct and its children. */
    public static void rule(IConstruct construct, String ruleId, String reason) {
        NagSuppressions.addResourceSuppressions(construct, List.of(suppression(ruleId, reason, List.of())), true);
    }

    /**
     * Suppresses only the listed findings of a rule (e.g. one managed policy or one wildcard
     * resource), so a new, unreviewed wildcard still fails the synth. A finding written
     * {@code /regex/} matches by regular expression (for ARNs imported from other stacks, whose
     * rendering cdk-nag derives from the export's name).
     */
    public static void findings(IConstruct construct, String ruleId, String reason, List<String> appliesTo) {
        if (appliesTo.isEmpty()) {
            throw new IllegalArgumentException("appliesTo must name at least one finding for " + ruleId);
        }
        NagSuppressions.addResourceSuppressions(construct, List.of(suppression(ruleId, reason, appliesTo)), true);
    }

    private static NagPackSuppression suppression(String ruleId, String reason, List<String> appliesTo) {
        NagPackSuppression.Builder builder = NagPackSuppression.builder().id(ruleId).reason(reason);
        if (!appliesTo.isEmpty()) {
            builder.appliesTo(appliesTo.stream().<Object>map(finding -> finding.length() > 2 && finding.startsWith("/")
                    && finding.endsWith("/") ? RegexAppliesTo.builder().regex(finding).build() : finding).toList());
        }
        return builder.build();
    }
}
