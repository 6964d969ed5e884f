package jp.resas.ops.meeting.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.meeting.ActionItem;
import jp.resas.ops.meeting.MeetingKind;
import jp.resas.ops.meeting.MinutesContent;
import jp.resas.ops.meeting.NewMeeting;
import jp.resas.ops.sla.Priority;

/** The request bodies of the meetings API and their reading into commands, refusing by field name. */
final class MeetingRequests {

    private MeetingRequests() {
    }

    record Item(String ref, String title, String owner, String dueDate, String priority) {
    }

    record Record(String kind, String title, String startsAt, String endsAt, List<String> ownerAttendees,
            List<String> operatorAttendees, String reportVersion, String agenda, String decisions, List<Item> actionItems) {

        NewMeeting command() {
            return new NewMeeting(kind == null ? null : Texts.oneOf("kind", kind, MeetingKind.class), title,
                    instant("startsAt", startsAt), instant("endsAt", endsAt), ownerAttendees, operatorAttendees,
                    reportVersion, content(agenda, decisions, actionItems));
        }
    }

    record Edit(Long version, String agenda, String decisions, List<Item> actionItems) {

        MinutesContent content() {
            return MeetingRequests.content(agenda, decisions, actionItems);
        }
    }

    record Correction(Long version, String reason, String agenda, String decisions, List<Item> actionItems) {

        MinutesContent content() {
            return MeetingRequests.content(agenda, decisions, actionItems);
        }
    }

    record Decision(Long version, String comment) {
    }

    static MinutesContent content(String agenda, String decisions, List<Item> items) {
        List<ActionItem> read = new ArrayList<>();
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                if (item == null) {
                    throw new InvalidInputException("actionItems[" + i + "]", "actionItems[" + i + "] が空です。");
                }
                String prefix = "actionItems[" + i + "].";
                read.add(new ActionItem(item.ref(), item.title(), item.owner(), date(prefix + "dueDate", item.dueDate()),
                        item.priority() == null ? null : Texts.oneOf(prefix + "priority", item.priority(), Priority.class)));
            }
        }
        return new MinutesContent(agenda, decisions, read);
    }

    /** An ISO date-time; without an offset it is read as JST. */
    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(value.strip()).toInstant(BusinessCalendar.JST);
            } catch (DateTimeException e) {
                throw new InvalidInputException(field, field + " は 2026-11-20T15:00 (JST) または "
                        + "2026-11-20T15:00+09:00 の形式で指定してください。");
            }
        }
    }

    static LocalDate date(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, field + " は YYYY-MM-DD 形式の日付で指定してください。");
        }
    }
}
