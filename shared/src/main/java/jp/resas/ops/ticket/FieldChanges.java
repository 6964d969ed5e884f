package jp.resas.ops.ticket;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** What a change did to a ticket's fields, old and new value each, for the audit log and the timeline. */
final class FieldChanges {

    /** One field's value before and after ({@code null}: absent). */
    record Change(String old, String now) {
    }

    private FieldChanges() {
    }

    static Map<String, Change> between(Map<String, String> before, Map<String, String> after) {
        Map<String, Change> changes = new TreeMap<>();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                changes.put(name, new Change(before.get(name), after.get(name)));
            }
        }
        return changes;
    }

    /** Timeline lines for the changed approval-bound fields, old → new; empty when none changed. */
    static String describe(List<String> content, Map<String, Change> changes) {
        StringBuilder text = new StringBuilder();
        for (String name : content) {
            Change change = changes.get(name);
            text.append("\n承認対象の変更: ").append(name).append(": 「").append(Objects.toString(change.old(), ""))
                    .append("」 → 「").append(Objects.toString(change.now(), "")).append("」");
        }
        return text.toString();
    }
}
