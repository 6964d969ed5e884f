package jp.resas.ops.sfn.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A Boolean expression of a Choice state (JSONPath mode); JSONata choices use {@code Condition}. */
public sealed interface ChoiceRule {

    boolean test(Scope scope);

    record And(List<ChoiceRule> rules) implements ChoiceRule {
        @Override
        public boolean test(Scope scope) {
            for (ChoiceRule r : rules) {
                if (!r.test(scope)) {
                    return false;
                }
            }
            return true;
        }
    }

    record Or(List<ChoiceRule> rules) implements ChoiceRule {
        @Override
        public boolean test(Scope scope) {
            for (ChoiceRule r : rules) {
                if (r.test(scope)) {
                    return true;
                }
            }
            return false;
        }
    }

    record Not(ChoiceRule rule) implements ChoiceRule {
        @Override
        public boolean test(Scope scope) {
            return !rule.test(scope);
        }
    }

    /** {@code Variable} compared by {@code operator} with a literal or, for the …Path forms, a path. */
    record Comparison(ReferencePath variable, Comparator operator, JsonNode value, ReferencePath valuePath)
            implements ChoiceRule {
        @Override
        public boolean test(Scope scope) {
            JsonNode actual = variable.readOrNull(scope);
            if (operator == Comparator.IS_PRESENT) {
                return (actual != null) == value.asBoolean();
            }
            if (actual == null) {
                throw new PathEvaluationException("Invalid path '" + variable.text()
                        + "': The choice state's condition path references an invalid value.");
            }
            JsonNode expected = value;
            if (valuePath != null) {
                expected = valuePath.readOrNull(scope);
                if (expected == null) {
                    throw new PathEvaluationException("Invalid path '" + valuePath.text()
                            + "': The choice state's condition path references an invalid value.");
                }
            }
            return operator.test(actual, expected);
        }
    }

    /** A top-level choice: its rule and where it leads. */
    record Branch(ChoiceRule rule, String condition, String next, JsonNode output, JsonNode assign) {
    }
}
