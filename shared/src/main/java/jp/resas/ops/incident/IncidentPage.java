package jp.resas.ops.incident;

import java.util.List;
import java.util.Optional;

public record IncidentPage(List<Incident> items, Optional<PageCursor> next) {

    public IncidentPage {
        items = List.copyOf(items);
    }
}
