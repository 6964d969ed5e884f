package jp.resas.ops.meeting.document;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.resas.ops.common.JapaneseEraDates;
import jp.resas.ops.common.WordTemplates;
import jp.resas.ops.meeting.ActionItemLink;
import jp.resas.ops.meeting.Meeting;
import jp.resas.ops.meeting.MeetingDetail;
import jp.resas.ops.meeting.Minutes;

/**
 * One version of the minutes as .docx: the Word template {@code meeting/minutes.docx} filled in
 * (Japanese, era dates in JST, the action items table with their issue numbers). Code fills named
 * places only; the layout is the template's.
 */
public final class MinutesDocument {

    private static final String TEMPLATE = "/meeting/minutes.docx";
    private static final java.time.ZoneOffset JST = java.time.ZoneOffset.ofHours(9);

    private MinutesDocument() {
    }

    public static byte[] render(MeetingDetail detail, Minutes minutes, Instant printedAt) {
        Meeting m = detail.meeting();
        Map<String, Long> issues = detail.links().stream().collect(Collectors.toMap(ActionItemLink::ref,
                ActionItemLink::issueId));
        Map<String, Object> data = new HashMap<>();
        data.put("documentDate", JapaneseEraDates.date(printedAt.atOffset(JST).toLocalDate()));
        data.put("title", m.title());
        data.put("kindLabel", m.kind().label());
        data.put("heldAt", JapaneseEraDates.dateTime(m.startsAt()) + " 〜 " + endTime(m));
        data.put("ownerAttendees", String.join("、", m.ownerAttendees()));
        data.put("operatorAttendees", String.join("、", m.operatorAttendees()));
        data.put("reportVersion", m.reportVersion() == null ? "なし" : m.reportVersion());
        data.put("versionLine", "第" + minutes.number() + "版（" + minutes.status().label() + "） 作成: " + minutes.author());
        data.put("dueAt", JapaneseEraDates.dateTime(m.minutesDueAt()));
        data.put("approvalLine", minutes.decidedAt() == null ? "未承認" : minutes.decidedBy() + "（"
                + JapaneseEraDates.date(minutes.decidedAt().atOffset(JST).toLocalDate())
                + " " + minutes.status().label() + "）");
        data.put("agenda", minutes.content().agenda());
        data.put("decisions", minutes.content().decisions().isEmpty() ? "なし" : minutes.content().decisions());
        List<Map<String, String>> items = minutes.content().actionItems().stream().map(i -> Map.of(
                "ref", i.ref(), "title", i.title(), "owner", i.owner(), "dueDate", JapaneseEraDates.date(i.dueDate()),
                "issue", issues.containsKey(i.ref()) ? "#" + issues.get(i.ref()) : "承認時に登録")).toList();
        data.put("actionItems", items);
        data.put("correctionLine", minutes.correctionReason() == null ? ""
                : "訂正理由: " + minutes.correctionReason());
        return WordTemplates.fill(TEMPLATE, data, "actionItems");
    }

    /** The end's time only when the meeting ends the day it starts. */
    private static String endTime(Meeting m) {
        var start = m.startsAt().atOffset(JST);
        var end = m.endsAt().atOffset(JST);
        return start.toLocalDate().equals(end.toLocalDate())
                ? java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(end)
                : JapaneseEraDates.dateTime(m.endsAt());
    }
}
