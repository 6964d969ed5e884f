package jp.resas.ops.devschedule.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.devschedule.DevItemChange;
import jp.resas.ops.devschedule.DevItemKind;
import jp.resas.ops.devschedule.DevStatus;
import jp.resas.ops.devschedule.Milestone;
import jp.resas.ops.devschedule.MilestoneDates;

/** An item as the operator sends it; {@code milestones} is keyed DESIGN, BUILD, TEST, RELEASE. */
record DevItemRequest(Long version, String name, String kind, String description, String status, Integer progress,
        Map<String, Dates> milestones, List<Long> changeRequests) {

    record Dates(String planned, String actual) {
    }

    DevItemChange change() {
        Map<Milestone, MilestoneDates> dates = new EnumMap<>(Milestone.class);
        if (milestones != null) {
            milestones.forEach((key, d) -> {
                Milestone m = Texts.oneOf("milestones", key, Milestone.class);
                String field = "milestones." + m.name();
                dates.put(m, new MilestoneDates(date(field + ".planned", d == null ? null : d.planned()),
                        date(field + ".actual", d == null ? null : d.actual())));
            });
        }
        return new DevItemChange(name, kind == null ? null : Texts.oneOf("kind", kind, DevItemKind.class), description,
                status == null ? null : Texts.oneOf("status", status, DevStatus.class), progress, dates, changeRequests);
    }

    static LocalDate date(String field, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, field + " は YYYY-MM-DD 形式の日付で指定してください。");
        }
    }
}
