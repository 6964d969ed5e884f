package jp.resas.ops.meeting;

import java.util.List;

/** A meeting with every version of its minutes (oldest first), its issues and its timeline. */
public record MeetingDetail(Meeting meeting, List<Minutes> minutes, List<ActionItemLink> links,
        List<MeetingEvent> timeline) {

    public Minutes current() {
        return minutes.get(minutes.size() - 1);
    }
}
