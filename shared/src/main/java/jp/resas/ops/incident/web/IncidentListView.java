package jp.resas.ops.incident.web;

import java.util.List;
import jp.resas.ops.incident.IncidentPage;
import jp.resas.ops.incident.PageCursor;

record IncidentListView(List<IncidentView> items, String nextCursor) {

    static IncidentListView of(IncidentPage page) {
        return new IncidentListView(page.items().stream().map(IncidentView::of).toList(),
                page.next().map(PageCursor::encode).orElse(null));
    }
}
