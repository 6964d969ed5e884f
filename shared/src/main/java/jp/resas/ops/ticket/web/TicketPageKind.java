package jp.resas.ops.ticket.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.resas.ops.ticket.TicketRules;

/**
 * What the shared ticket pages need to know of one kind besides its rules: where its pages live, its
 * name, the Japanese labels of its fields and of their values, which fields are written when it is
 * opened and which while it is worked on, their defaults on the new-ticket form, and who may open one.
 */
public record TicketPageKind(TicketRules rules, String path, String name, Map<String, String> fieldLabels,
        Map<String, String> valueLabels, List<String> createFields, List<String> workFields,
        Map<String, String> defaults, Set<String> openRoles) {

    public TicketPageKind {
        fieldLabels = Map.copyOf(fieldLabels);
        valueLabels = Map.copyOf(valueLabels);
        createFields = List.copyOf(createFields);
        workFields = List.copyOf(workFields);
        defaults = Map.copyOf(defaults);
        openRoles = Set.copyOf(openRoles);
        for (String field : fieldLabels.keySet()) {
            if (rules.field(field).isEmpty()) {
                throw new IllegalArgumentException(rules.kind() + " has no field " + field);
            }
        }
        if (!fieldLabels.keySet().containsAll(createFields) || !fieldLabels.keySet().containsAll(workFields)) {
            throw new IllegalArgumentException(rules.kind() + ": every field on a form needs a label");
        }
    }

    /** The pages' root, e.g. {@code /portal/inquiries}. */
    public String base() {
        return "/portal/" + path;
    }

    public String label(String field) {
        return fieldLabels.getOrDefault(field, field);
    }

    public String valueLabel(String value) {
        return valueLabels.getOrDefault(value, value);
    }
}
