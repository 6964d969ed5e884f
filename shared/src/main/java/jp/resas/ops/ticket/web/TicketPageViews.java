package jp.resas.ops.ticket.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.ticket.FieldSpec;
import jp.resas.ops.ticket.TicketRules;

/** The view models of the ticket pages (every kind), built from what the ticket use cases return. */
final class TicketPageViews {

    private TicketPageViews() {
    }

    record Option(String value, String label, boolean selected) {
    }

    record Row(String key, String title, String priority, String status, String requester, String assignee,
            String createdAt, String due, String sla, String href) {
    }

    record ListView(String name, String base, List<Row> rows, List<Option> statuses, List<Option> priorities,
            Map<String, String> filters, boolean mine, String nextHref, boolean canOpen) {

        /** The text filter ({@code q}: a template cannot name that key, 'q' being a character there). */
        public String text() {
            return filters.getOrDefault("q", "");
        }
    }

    /** One input of a form: a text line, a text area or a choice, with the value to show. */
    record Input(String name, String label, String type, List<Option> options, String value, boolean required,
            int maxLength, String hint) {
    }

    record Fact(String label, String value) {
    }

    record Entry(String at, String actor, String message) {
    }

    record Decision(String decision, String approver, String at, String comment) {
    }

    record File(String name, String size, String by, String at, String href) {
    }

    record DetailView(String name, String base, long id, String key, String title, String statusLabel,
            String priority, String requester, String assignee, String assigneeName, String createdAt,
            String dueDate, String responseDue, String resolutionDue, String slaState, long version,
            List<Fact> facts, List<Input> work, List<Option> next, boolean awaitingDecision, List<Decision> decisions,
            List<Entry> timeline, List<File> files, Edit edit, boolean canAttach, String ratingHref,
            boolean filesAvailable, String olderHref) {
    }

    /** What the edit form starts with: the ticket's title, priority and due date as stored. */
    record Edit(String title, String priority, String dueDate, List<Option> priorities, boolean open) {
    }

    record NewView(String name, String base, List<Input> inputs, List<Option> priorities) {
    }

    static String priority(String priority) {
        return switch (priority) {
            case "CRITICAL" -> "緊急";
            case "HIGH" -> "高";
            case "MEDIUM" -> "中";
            case "LOW" -> "低";
            default -> priority;
        };
    }

    static String sla(String state) {
        if (state == null) {
            return "";
        }
        return switch (state) {
            case "BREACHED" -> "超過";
            case "WARNING" -> "期限間近";
            case "PAUSED" -> "停止中";
            case "MET" -> "達成";
            default -> "期限内";
        };
    }

    /** The list's filters as the URL carries them, in a fixed order (so the next-page link keeps them). */
    static Map<String, String> filters(String status, String priority, String assignee, String mine) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", status == null ? "" : status);
        filters.put("priority", priority == null ? "" : priority);
        filters.put("assignee", assignee == null ? "" : assignee);
        filters.put("mine", "true".equals(mine) ? "true" : "");
        return filters;
    }

    static ListView list(TicketPageKind kind, TicketListView page, Map<String, String> filters, boolean canOpen) {
        TicketRules rules = kind.rules();
        List<Row> rows = page.items().stream().map(t -> new Row(t.key(), t.title(), priority(t.priority()),
                t.statusLabel(), t.requester(), t.assignee() == null ? "未割当" : t.assignee(), Jst.at(t.createdAt()),
                due(t), t.sla() == null ? "" : sla(t.sla().state()), kind.base() + "/" + t.id())).toList();
        List<Option> statuses = rules.statuses().stream().sorted(order(rules))
                .map(s -> new Option(s, rules.label(s), s.equals(filters.get("status")))).toList();
        String next = page.nextCursor() == null ? null
                : kind.base() + "?" + query(filters) + "cursor=" + encode(page.nextCursor());
        return new ListView(kind.name(), kind.base(), rows, statuses, priorities(filters.get("priority")), filters,
                "true".equals(filters.get("mine")), next, canOpen);
    }

    static List<Option> priorities(String selected) {
        return Arrays.stream(Priority.values())
                .map(p -> new Option(p.name(), priority(p.name()), p.name().equals(selected))).toList();
    }

    /** Statuses in lifecycle order: the initial one, then as the table reaches them, then the rest by name. */
    private static java.util.Comparator<String> order(TicketRules rules) {
        List<String> seen = new ArrayList<>(List.of(rules.initial()));
        for (int i = 0; i < seen.size(); i++) {
            rules.next().getOrDefault(seen.get(i), java.util.Set.of()).stream().sorted()
                    .filter(s -> !seen.contains(s)).forEach(seen::add);
        }
        return java.util.Comparator.comparingInt((String s) -> seen.contains(s) ? seen.indexOf(s) : seen.size())
                .thenComparing(s -> s);
    }

    private static String due(TicketView t) {
        if (t.sla() != null && t.sla().resolution().dueAt() != null) {
            return Jst.at(t.sla().resolution().dueAt());
        }
        return t.dueDate() == null ? "" : Jst.date(t.dueDate());
    }

    static DetailView detail(TicketPageKind kind, TicketDetailView detail, List<TicketFiles.TicketFile> attachments,
            String fileBase, boolean canAttach, String ratingHref, boolean filesAvailable, String olderHref) {
        TicketView t = detail.ticket();
        TicketRules rules = kind.rules();
        List<Fact> facts = new ArrayList<>();
        for (FieldSpec spec : rules.fields()) {
            String value = t.fields().get(spec.name());
            facts.add(new Fact(kind.label(spec.name()), value == null ? "未記入" : kind.valueLabel(value)));
        }
        List<Input> work = kind.workFields().stream().map(name -> input(kind, name, t.fields().get(name))).toList();
        List<Option> next = rules.next().getOrDefault(t.status(), java.util.Set.of()).stream()
                .filter(s -> !rules.decidedByApproval(s)).sorted(order(rules))
                .map(s -> new Option(s, rules.label(s), false)).toList();
        boolean awaiting = rules.approval().map(g -> g.awaiting().equals(t.status())).orElse(false);
        List<Decision> decisions = detail.approvals().stream().map(a -> new Decision(
                a.decision() == jp.resas.ops.ticket.Approval.Decision.APPROVED ? "承認" : "却下", a.approver(),
                Jst.at(a.at()), a.comment() == null ? "" : a.comment())).toList();
        List<Entry> timeline = detail.timeline().stream()
                .map(e -> new Entry(Jst.at(e.at()), e.actor(), e.message())).toList();
        List<File> files = attachments.stream().map(a -> new File(a.fileName(), size(a.size()), a.uploadedBy(),
                Jst.at(a.uploadedAt()), fileBase + "/" + a.id())).toList();
        SlaView sla = t.sla();
        return new DetailView(kind.name(), kind.base(), t.id(), t.key(), t.title(), t.statusLabel(),
                priority(t.priority()), t.requester(), t.assignee() == null ? "未割当" : t.assignee(),
                t.assignee() == null ? "" : t.assignee(), Jst.at(t.createdAt()),
                t.dueDate() == null ? "—" : Jst.date(t.dueDate()),
                sla == null || sla.firstResponse().dueAt() == null ? "—" : Jst.at(sla.firstResponse().dueAt()),
                sla == null || sla.resolution().dueAt() == null ? "—" : Jst.at(sla.resolution().dueAt()),
                sla == null ? "" : sla(sla.state()), t.version(), facts, work, next, awaiting, decisions, timeline,
                files, new Edit(t.title(), t.priority(), t.dueDate() == null ? "" : t.dueDate().toString(),
                        priorities(t.priority()), t.closedAt() == null), canAttach, ratingHref, filesAvailable, olderHref);
    }

    static NewView create(TicketPageKind kind) {
        return new NewView(kind.name(), kind.base(),
                kind.createFields().stream().map(name -> input(kind, name, kind.defaults().get(name))).toList(),
                priorities(kind.defaults().getOrDefault("priority", "MEDIUM")));
    }

    /**
     * Every list the kind's forms offer, each value with the label the list shows: the kind's choice fields, the
     * priority, and the status a transition moves to.
     */
    static Map<String, Map<String, String>> choices(TicketPageKind kind) {
        Map<String, Map<String, String>> choices = new LinkedHashMap<>();
        for (FieldSpec spec : kind.rules().fields()) {
            if (!spec.values().isEmpty()) {
                choices.put(spec.name(), spec.values().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                        v -> v, kind::valueLabel)));
            }
        }
        choices.put("priority", priorities(null).stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Option::value, Option::label)));
        choices.put("to", kind.rules().statuses().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                s -> s, kind.rules()::label)));
        return choices;
    }

    /** A field of the kind as a form input: a choice as a list, long text as a text area. */
    static Input input(TicketPageKind kind, String name, String value) {
        FieldSpec spec = kind.rules().field(name).orElseThrow();
        List<Option> options = spec.values().stream()
                .map(v -> new Option(v, kind.valueLabel(v), v.equals(value))).toList();
        String type = !options.isEmpty() ? "select" : spec.maxLength() > 300 ? "textarea" : "text";
        List<String> entering = kind.rules().requiredOnEntry().entrySet().stream()
                .filter(e -> e.getValue().contains(name)).map(e -> "「" + kind.rules().label(e.getKey()) + "」")
                .sorted().toList();
        String hint = entering.isEmpty() ? "" : String.join("・", entering) + "にするときは必須です。";
        return new Input(name, kind.label(name), type, options, value == null ? "" : value, spec.requiredOnCreate(),
                spec.maxLength(), hint);
    }

    private static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? (bytes / 1024) + " KB"
                : String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String query(Map<String, String> filters) {
        StringBuilder q = new StringBuilder();
        filters.forEach((k, v) -> {
            if (!v.isBlank()) {
                q.append(k).append('=').append(encode(v)).append('&');
            }
        });
        return q.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
