package jp.resas.ops.maintenance.web;

import java.util.List;
import java.util.stream.Collectors;
import jp.resas.ops.maintenance.MaintenanceWindow;
import jp.resas.ops.portal.web.Jst;

/** What the maintenance pages show, in Japanese and Japan time. */
final class MaintenancePageViews {

    private MaintenancePageViews() {
    }

    record Row(long id, String title, String kind, String services, String startsAt, String endsAt, String status,
            boolean cancelled, String createdBy, int alarms, String href) {

        static Row of(MaintenanceWindow w) {
            return new Row(w.id(), w.title(), w.kind() == MaintenanceWindow.Kind.PLANNED ? "計画" : "臨時",
                    String.join("、", w.services()), Jst.at(w.startsAt()), Jst.at(w.endsAt()),
                    w.status() == MaintenanceWindow.Status.CANCELLED ? "中止" : "予定どおり",
                    w.status() == MaintenanceWindow.Status.CANCELLED, w.createdBy(), w.alarms().size(),
                    "/portal/maintenance/" + w.id());
        }
    }

    record Alarm(String name, String at, String service, String incidentHref, String incident) {
    }

    record Detail(Row window, long version, List<String> patterns, List<Alarm> alarms) {
    }

    static Detail detail(MaintenanceWindow w) {
        List<String> patterns = w.alarmPatterns().entrySet().stream()
                .map(e -> e.getKey() + "：" + String.join(", ", e.getValue())).collect(Collectors.toList());
        List<Alarm> alarms = w.alarms().stream().map(a -> new Alarm(a.alarmName(), Jst.at(a.changedAt()),
                a.service() == null ? "—" : a.service(),
                a.incidentId() == null ? null : "/portal/incidents/" + a.incidentId(),
                a.incidentId() == null ? "—" : "障害 #" + a.incidentId())).toList();
        return new Detail(Row.of(w), w.version(), patterns, alarms);
    }
}
