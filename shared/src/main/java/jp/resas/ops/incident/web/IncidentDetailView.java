package jp.resas.ops.incident.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import jp.resas.ops.incident.IncidentDetail;
import jp.resas.ops.incident.TimelineEntry;

/** One incident with its timeline, oldest entry first. */
record IncidentDetailView(@JsonUnwrapped IncidentView incident, List<TimelineEntry> timeline) {

    static IncidentDetailView of(IncidentDetail detail) {
        return new IncidentDetailView(IncidentView.of(detail.incident()), detail.timeline());
    }
}
