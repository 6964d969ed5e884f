package jp.resas.ops.slaadmin.web;

import java.util.Arrays;
import java.util.List;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaPolicy;
import jp.resas.ops.sla.TicketType;
import jp.resas.ops.slaadmin.StoredPolicy;

/** What the SLA policy pages show, in Japanese: targets in business minutes and as hours. */
final class SlaPolicyPageViews {

    private SlaPolicyPageViews() {
    }

    /** One policy: its labels, targets, the pause reasons that stop its clock, who changed it last. */
    record Row(String type, String priority, String typeLabel, String priorityLabel, long firstResponseMinutes,
            long resolutionMinutes, int warningPercent, List<Pause> pauses, boolean custom, long version,
            String updatedBy, String updatedAt, String href) {

        static Row of(StoredPolicy stored) {
            SlaPolicy p = stored.policy();
            List<Pause> pauses = Arrays.stream(PauseReason.values())
                    .map(r -> new Pause(r.name(), SlaPolicyPageViews.pauseLabel(r), p.pausedBy().contains(r))).toList();
            return new Row(p.type().name(), p.priority().name(), SlaPolicyPageViews.typeLabel(p.type()),
                    SlaPolicyPageViews.priorityLabel(p.priority()),
                    p.firstResponse().toMinutes(), p.resolution().toMinutes(), p.warningPercent(), pauses,
                    stored.custom(), stored.version(), stored.updatedBy() == null ? "" : stored.updatedBy(),
                    Jst.at(stored.updatedAt()), "/portal/settings/sla/" + p.type().name() + "/" + p.priority().name());
        }

        public String firstResponseLabel() {
            return hours(firstResponseMinutes);
        }

        public String resolutionLabel() {
            return hours(resolutionMinutes);
        }

        public String pausesLabel() {
            String names = String.join("、", pauses.stream().filter(Pause::on).map(Pause::label).toList());
            return names.isEmpty() ? "なし" : names;
        }
    }

    /** A pause reason as a checkbox. */
    record Pause(String value, String label, boolean on) {
    }

    /** The change form: the policy as it stands. */
    record Edit(Row policy) {
    }

    static Edit edit(Row row) {
        return new Edit(row);
    }

    static String hours(long minutes) {
        long h = minutes / 60;
        long m = minutes % 60;
        return minutes + " 分（" + (h > 0 ? h + " 時間" : "") + (m > 0 ? m + " 分" : "") + "）";
    }

    static String typeLabel(TicketType type) {
        return switch (type) {
            case INQUIRY -> "問合せ";
            case INCIDENT -> "障害";
            case WORK_REQUEST -> "作業依頼";
            case CHANGE_REQUEST -> "変更要求";
        };
    }

    /** Incidents map severity 1–4 to these in order. */
    static String priorityLabel(Priority priority) {
        return switch (priority) {
            case CRITICAL -> "緊急（重大度 1）";
            case HIGH -> "高（重大度 2）";
            case MEDIUM -> "中（重大度 3）";
            case LOW -> "低（重大度 4）";
        };
    }

    static String pauseLabel(PauseReason reason) {
        return switch (reason) {
            case WAITING_FOR_REQUESTER -> "依頼者の回答待ち";
            case WAITING_FOR_APPROVAL -> "主管課の承認待ち";
            case WAITING_FOR_VENDOR -> "ベンダー・AWS の回答待ち";
        };
    }
}
