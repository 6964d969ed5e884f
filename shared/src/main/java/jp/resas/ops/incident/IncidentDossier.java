package jp.resas.ops.incident;

import java.util.List;

/**
 * Everything known about one incident: what the list shows, the working state, when each stage was
 * reached and the timeline. The 障害報告書 generator reads this.
 */
public record IncidentDossier(Incident incident, IncidentCase work, IncidentStages stages,
        List<TimelineEntry> timeline) {

    public IncidentDossier {
        timeline = List.copyOf(timeline);
    }
}
