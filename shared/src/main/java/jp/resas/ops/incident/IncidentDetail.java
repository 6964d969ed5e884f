package jp.resas.ops.incident;

import java.util.List;

public record IncidentDetail(Incident incident, List<TimelineEntry> timeline) {

    public IncidentDetail {
        timeline = List.copyOf(timeline);
    }
}
