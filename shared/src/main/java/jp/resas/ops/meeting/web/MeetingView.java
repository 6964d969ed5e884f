package jp.resas.ops.meeting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.resas.ops.meeting.ActionItemLink;
import jp.resas.ops.meeting.Meeting;
import jp.resas.ops.meeting.MeetingDetail;
import jp.resas.ops.meeting.MeetingEvent;
import jp.resas.ops.meeting.Minutes;

/**
 * A meeting as the API shows it: {@code minutesDeadline} is MET (first submitted in time), LATE
 * (submitted after the due time), OPEN or BREACHED (not submitted, due time passed).
 */
record MeetingView(long id, String kind, String kindLabel, String title, Instant startsAt, Instant endsAt,
        List<String> ownerAttendees, List<String> operatorAttendees, String reportVersion, String recordedBy,
        Instant minutesDueAt, Instant reminderAt, Instant firstSubmittedAt, String minutesDeadline, long version,
        List<MinutesView> minutes, List<TimelineLine> timeline) {

    record ItemView(String ref, String title, String owner, LocalDate dueDate, String priority, Long issueId,
            String issueHref) {
    }

    record MinutesView(int number, String status, String statusLabel, String agenda, String decisions,
            List<ItemView> actionItems, String correctionReason, String author, List<String> editors,
            Instant createdAt, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
            String decisionComment, String docxHref) {
    }

    record TimelineLine(Instant at, String kind, String actor, String message) {
    }

    static MeetingView of(MeetingDetail d, Instant now) {
        Meeting m = d.meeting();
        Map<String, Long> issues = d.links().stream().collect(Collectors.toMap(ActionItemLink::ref,
                ActionItemLink::issueId));
        return new MeetingView(m.id(), m.kind().name(), m.kind().label(), m.title(), m.startsAt(), m.endsAt(),
                m.ownerAttendees(), m.operatorAttendees(), m.reportVersion(), m.recordedBy(), m.minutesDueAt(),
                m.reminderAt(), m.firstSubmittedAt(), deadline(m, now), m.version(),
                d.minutes().stream().map(n -> minutes(m.id(), n, issues)).toList(),
                d.timeline().stream().map(MeetingView::line).toList());
    }

    static MeetingView summary(Meeting m, Instant now) {
        return new MeetingView(m.id(), m.kind().name(), m.kind().label(), m.title(), m.startsAt(), m.endsAt(),
                m.ownerAttendees(), m.operatorAttendees(), m.reportVersion(), m.recordedBy(), m.minutesDueAt(),
                m.reminderAt(), m.firstSubmittedAt(), deadline(m, now), m.version(), List.of(), List.of());
    }

    private static String deadline(Meeting m, Instant now) {
        if (m.firstSubmittedAt() != null) {
            return m.firstSubmittedAt().isAfter(m.minutesDueAt()) ? "LATE" : "MET";
        }
        return now.isBefore(m.minutesDueAt()) ? "OPEN" : "BREACHED";
    }

    private static MinutesView minutes(long meetingId, Minutes n, Map<String, Long> issues) {
        return new MinutesView(n.number(), n.status().name(), n.status().label(), n.content().agenda(),
                n.content().decisions(), n.content().actionItems().stream().map(i -> new ItemView(i.ref(), i.title(),
                        i.owner(), i.dueDate(), i.priority().name(), issues.get(i.ref()),
                        issues.containsKey(i.ref()) ? "/issues/" + issues.get(i.ref()) : null)).toList(),
                n.correctionReason(), n.author(), List.copyOf(n.editors()), n.createdAt(), n.submittedBy(),
                n.submittedAt(), n.decidedBy(), n.decidedAt(), n.decisionComment(),
                "/meetings/" + meetingId + "/minutes/" + n.number() + ".docx");
    }

    static TimelineLine line(MeetingEvent e) {
        return new TimelineLine(e.at(), e.kind(), e.actor(), e.message());
    }
}
