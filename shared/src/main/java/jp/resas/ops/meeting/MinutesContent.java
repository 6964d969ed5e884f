package jp.resas.ops.meeting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.sla.Priority;

/** What the minutes say: agenda, decisions and action items. */
public record MinutesContent(String agenda, String decisions, List<ActionItem> actionItems) {

    private static final Pattern REF = Pattern.compile("A([1-9][0-9]{0,3})");
    private static final int MAX_ITEMS = 100;

    public MinutesContent {
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
    }

    /**
     * The content checked and stripped; items without a ref get the next free A-number, so a ref once
     * given stays with its item through edits and corrections.
     */
    public MinutesContent checked() {
        String a = Texts.required("agenda", agenda, 20000);
        String d = Texts.optional("decisions", decisions, 20000);
        if (actionItems.size() > MAX_ITEMS) {
            throw new InvalidInputException("actionItems", "actionItems は " + MAX_ITEMS + " 件以内にしてください。");
        }
        Set<String> refs = new HashSet<>();
        int highest = 0;
        for (int i = 0; i < actionItems.size(); i++) {
            String ref = actionItems.get(i).ref();
            if (ref != null && !ref.isBlank()) {
                var m = REF.matcher(ref.strip());
                if (!m.matches()) {
                    throw new InvalidInputException(field(i, "ref"), field(i, "ref") + " は A1 から A9999 の形で指定してください。");
                }
                if (!refs.add(ref.strip())) {
                    throw new InvalidInputException(field(i, "ref"), field(i, "ref") + " " + ref.strip() + " が重複しています。");
                }
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < actionItems.size(); i++) {
            ActionItem item = actionItems.get(i);
            String ref = item.ref() == null || item.ref().isBlank() ? "A" + (++highest) : item.ref().strip();
            if (item.dueDate() == null) {
                throw new InvalidInputException(field(i, "dueDate"), field(i, "dueDate") + " を入力してください。");
            }
            items.add(new ActionItem(ref, Texts.required(field(i, "title"), item.title(), 200),
                    Texts.required(field(i, "owner"), item.owner(), 100), item.dueDate(),
                    item.priority() == null ? Priority.MEDIUM : item.priority()));
        }
        return new MinutesContent(a, d == null ? "" : d, items);
    }

    private static String field(int index, String name) {
        return "actionItems[" + index + "]." + name;
    }
}
