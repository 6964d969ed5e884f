package jp.resas.ops.sfn.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import jp.resas.ops.sfn.AslValidationException;

/** Parses Choice states: JSONPath rules (Variable + operator, And/Or/Not) or JSONata Conditions. */
final class ChoiceParser {

    private ChoiceParser() {
    }

    static State choice(State.Common c, JsonNode node, String where) {
        JsonNode choices = node.get("Choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            throw AslValidationException.at(where, "Choices", "must be a non-empty array");
        }
        List<ChoiceRule.Branch> branches = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            JsonNode b = choices.get(i);
            String at = where + " Choices[" + i + "]";
            String next = AslParser.required(b, "Next", at);
            if (c.jsonata()) {
                JsonNode cond = b.get("Condition");
                if (cond == null) {
                    throw AslValidationException.at(at, "Condition", "is required with JSONata");
                }
                branches.add(new ChoiceRule.Branch(null, cond.asText(), next, b.get("Output"), b.get("Assign")));
            } else {
                branches.add(new ChoiceRule.Branch(rule(b, at), null, next, null, b.get("Assign")));
            }
        }
        return new State.Choice(c, List.copyOf(branches), AslParser.text(node, "Default", where));
    }

    static ChoiceRule rule(JsonNode r, String at) {
        if (r.has("And") || r.has("Or")) {
            String op = r.has("And") ? "And" : "Or";
            List<ChoiceRule> rules = new ArrayList<>();
            JsonNode items = r.get(op);
            if (!items.isArray() || items.isEmpty()) {
                throw AslValidationException.at(at, op, "must be a non-empty array of rules");
            }
            for (int i = 0; i < items.size(); i++) {
                rules.add(rule(items.get(i), at + "." + op + "[" + i + "]"));
            }
            return op.equals("And") ? new ChoiceRule.And(List.copyOf(rules)) : new ChoiceRule.Or(List.copyOf(rules));
        }
        if (r.has("Not")) {
            return new ChoiceRule.Not(rule(r.get("Not"), at + ".Not"));
        }
        ReferencePath variable = StateParser.path(r, "Variable", at);
        if (variable == null) {
            throw AslValidationException.at(at, "Variable", "is required");
        }
        Iterator<String> names = r.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equals("Variable") || name.equals("Next") || name.equals("Comment") || name.equals("Assign")) {
                continue;
            }
            boolean isPath = name.endsWith("Path") && Comparator.byName(name) == null;
            Comparator op = Comparator.byName(isPath ? name.substring(0, name.length() - 4) : name);
            if (op == null || (isPath && op.isTypeTest())) {
                throw AslValidationException.at(at, name, "is not a comparison operator");
            }
            JsonNode value = r.get(name);
            if (isPath) {
                return new ChoiceRule.Comparison(variable, op, null, StateParser.path(r, name, at));
            }
            checkLiteral(op, value, at, name);
            return new ChoiceRule.Comparison(variable, op, value, null);
        }
        throw new AslValidationException(at + ": a comparison operator is required");
    }

    private static void checkLiteral(Comparator op, JsonNode value, String at, String name) {
        boolean ok = switch (op.aslName().replaceAll("(Equals|LessThan|GreaterThan|LessThanEquals|"
                + "GreaterThanEquals|Matches)+$", "")) {
            case "String", "Timestamp" -> value.isTextual();
            case "Numeric" -> value.isNumber();
            default -> value.isBoolean();
        };
        if (!ok) {
            throw AslValidationException.at(at, name, "has a value of the wrong type: " + value);
        }
    }
}
