package jp.resas.ops.meeting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.meeting.MeetingKind;
import jp.resas.ops.meeting.MinutesContent;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.sla.Priority;

/** The view models of the meeting pages, and the minutes' content read from a form. */
final class MeetingPageViews {

    /** Blank action-item rows a form offers beyond those the minutes have. */
    static final int SPARE_ROWS = 3;

    private MeetingPageViews() {
    }

    record Option(String value, String label) {
    }

    record Row(long id, String kind, String title, String startsAt, String dueAt, String deadline, String href) {
    }

    record ListView(List<Row> rows, String nextHref) {
    }

    /** One action-item row of a form: its index (the use case's {@code actionItems[i]}) and values. */
    record ItemRow(int index, String ref, String title, String owner, String dueDate, String priority) {
    }

    record NewView(List<Option> kinds, List<Option> priorities, List<ItemRow> items) {
    }

    record Item(String ref, String title, String owner, String dueDate, String priority, String issueHref) {
    }

    record Version(int number, String status, String agenda, String decisions, List<Item> items, String author,
            String submitted, String decided, String comment, String correctionReason, String docxHref) {
    }

    record Line(String at, String actor, String message) {
    }

    record DetailView(long id, String kind, String title, String startsAt, String endsAt, String owners,
            String operators, String reportVersion, String dueAt, String deadline, long version, Version current,
            List<Version> earlier, boolean editable, boolean submitted, boolean correctable, List<ItemRow> items,
            List<Option> priorities, List<Line> timeline, String olderHref) {
    }

    static ListView list(List<MeetingView> meetings, String next) {
        return new ListView(meetings.stream().map(m -> new Row(m.id(), m.kindLabel(), m.title(), Jst.at(m.startsAt()),
                Jst.at(m.minutesDueAt()), deadline(m.minutesDeadline()), "/portal/meetings/" + m.id())).toList(), next);
    }

    static NewView create() {
        return new NewView(Arrays.stream(MeetingKind.values()).map(k -> new Option(k.name(), k.label())).toList(),
                priorities(), rows(List.of()));
    }

    /** The meeting page; {@code olderHref} the timeline's next page (older entries), null on its last page. */
    static DetailView detail(MeetingView m, String olderHref) {
        List<Version> versions = m.minutes().stream().map(n -> new Version(n.number(), n.statusLabel(), n.agenda(),
                n.decisions(), n.actionItems().stream().map(i -> new Item(i.ref(), i.title(), i.owner(),
                        i.dueDate() == null ? "" : Jst.date(i.dueDate()), priority(i.priority()),
                        i.issueId() == null ? null : "/portal/issues/" + i.issueId())).toList(),
                n.author(), n.submittedBy() == null ? "—" : n.submittedBy() + " " + Jst.at(n.submittedAt()),
                n.decidedBy() == null ? "—" : n.decidedBy() + " " + Jst.at(n.decidedAt()),
                n.decisionComment() == null ? "" : n.decisionComment(),
                n.correctionReason() == null ? "" : n.correctionReason(),
                "/portal/meetings/" + m.id() + "/minutes/" + n.number() + ".docx")).toList();
        MeetingView.MinutesView last = m.minutes().get(m.minutes().size() - 1);
        boolean editable = last.status().equals("DRAFT") || last.status().equals("RETURNED");
        List<ItemRow> items = rows(last.actionItems().stream().map(i -> new ItemRow(0, i.ref(), i.title(), i.owner(),
                i.dueDate() == null ? "" : i.dueDate().toString(), i.priority())).toList());
        return new DetailView(m.id(), m.kindLabel(), m.title(), Jst.at(m.startsAt()), Jst.at(m.endsAt()),
                String.join("、", m.ownerAttendees()), String.join("、", m.operatorAttendees()),
                m.reportVersion() == null ? "—" : m.reportVersion(), Jst.at(m.minutesDueAt()),
                deadline(m.minutesDeadline()), m.version(), versions.get(versions.size() - 1),
                earlier(versions), editable, last.status().equals("SUBMITTED"), last.status().equals("APPROVED"), items,
                priorities(), m.timeline().stream().map(t -> new Line(Jst.at(t.at()), t.actor(), t.message())).toList(),
                olderHref);
    }

    /** The versions before the current one, newest first. */
    private static List<Version> earlier(List<Version> versions) {
        List<Version> earlier = new ArrayList<>(versions.subList(0, versions.size() - 1));
        java.util.Collections.reverse(earlier);
        return earlier;
    }

    /** The existing items, then blank rows, each with its index. */
    private static List<ItemRow> rows(List<ItemRow> existing) {
        List<ItemRow> rows = new ArrayList<>();
        for (ItemRow r : existing) {
            rows.add(new ItemRow(rows.size(), r.ref(), r.title(), r.owner(), r.dueDate(), r.priority()));
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(new ItemRow(rows.size(), "", "", "", "", "MEDIUM"));
        }
        return rows;
    }

    /**
     * The minutes' content a form sent: agenda, decisions, and the action-item rows that have anything
     * typed (a blank row is no item). A refusal names the row as the form numbered it.
     */
    static MinutesContent content(Map<String, String> form) {
        List<MeetingRequests.Item> items = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i = 0; form.containsKey("item-" + i + "-title"); i++) {
            String title = form.getOrDefault("item-" + i + "-title", "");
            String owner = form.getOrDefault("item-" + i + "-owner", "");
            String due = form.getOrDefault("item-" + i + "-dueDate", "");
            if (title.isBlank() && owner.isBlank() && due.isBlank()) {
                continue;
            }
            items.add(new MeetingRequests.Item(blank(form.get("item-" + i + "-ref")), title, owner, due,
                    blank(form.get("item-" + i + "-priority"))));
            rowOf.add(i);
        }
        try {
            return MeetingRequests.content(form.get("agenda"), form.get("decisions"), items).checked();
        } catch (InvalidInputException e) {
            String field = e.field();
            if (field != null && field.startsWith("actionItems[")) {
                int k = Integer.parseInt(field.substring("actionItems[".length(), field.indexOf(']')));
                String row = "actionItems[" + rowOf.get(k) + "]";
                throw new InvalidInputException(row + field.substring(field.indexOf(']') + 1),
                        "行動項目 " + (rowOf.get(k) + 1) + " 行目: " + e.getMessage().replace(field, itemLabel(field)));
            }
            throw e;
        }
    }

    private static String itemLabel(String field) {
        return switch (field.substring(field.lastIndexOf('.') + 1)) {
            case "title" -> "件名";
            case "owner" -> "担当";
            case "dueDate" -> "期日";
            case "priority" -> "優先度";
            default -> "番号";
        };
    }

    private static List<Option> priorities() {
        return Arrays.stream(Priority.values()).map(p -> new Option(p.name(), priority(p.name()))).toList();
    }

    static String priority(String p) {
        return switch (p) {
            case "CRITICAL" -> "緊急";
            case "HIGH" -> "高";
            case "LOW" -> "低";
            default -> "中";
        };
    }

    private static String deadline(String state) {
        return switch (state) {
            case "MET" -> "期限内に提出";
            case "LATE" -> "期限後に提出";
            case "BREACHED" -> "期限超過（未提出）";
            default -> "提出待ち";
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
