package jp.resas.ops.notification.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.monitored.MonitoredService;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.notification.Contact;
import jp.resas.ops.notification.EscalationPolicy;
import jp.resas.ops.notification.Notification;
import jp.resas.ops.notification.OnCallWeek;
import jp.resas.ops.notification.Shift;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.platform.settings.PortalLinkSettings;

/**
 * Who is told what, decided in one transaction under an advisory lock (two sweeps never page twice):
 * <ol>
 * <li>pages the on-call contact for every open, unrecovered incident of severity 1–2 that has no
 * page since it (re)opened, i.e. since its last recovery;</li>
 * <li>escalates, once, each page left unacknowledged past its severity's limit to the next contact
 * of the same rota;</li>
 * <li>during business hours, sends one digest of the open severity 3–4 incidents not yet digested.</li>
 * </ol>
 * Pages and escalations are written to the incident's timeline; every message goes into the
 * {@link NotificationOutbox} in the same transaction, and is sent after it commits.
 */
@Singleton
class IncidentNotices {

    private static final long SWEEP_LOCK = 15_000_001L;
    private static final String ACTOR = "notifications";

    private final Sql sql;
    private final NotificationOutbox outbox;
    private final EscalationPolicy policy;
    private final CalendarSource calendar;
    private final MonitoredSystem system;
    private final Clock clock;
    private final String portal;
    private final JdbcRota rota;

    IncidentNotices(Sql sql, NotificationOutbox outbox, EscalationPolicy policy, CalendarSource calendar,
            MonitoredSystem system, Clock clock, JdbcRota rota, PortalLinkSettings links) {
        this.sql = sql;
        this.outbox = outbox;
        this.policy = policy;
        this.calendar = calendar;
        this.system = system;
        this.clock = clock;
        this.rota = rota;
        this.portal = links.base();
    }

    /** What one decision round recorded. */
    record Decided(int paged, int escalated, int digested) {
    }

    private record Due(long incidentId, String title, int severity, String alarmName, int opening) {
    }

    private record Unanswered(long pageId, long incidentId, String title, int severity, String alarmName,
            LocalDate weekStart, Shift shift, Integer position) {
    }

    @Transactional
    public Decided decide() {
        sql.queryOne("SELECT pg_advisory_xact_lock(?)", row -> 1, SWEEP_LOCK);
        Instant now = clock.instant();
        boolean open = calendar.current().isOpen(now);
        int paged = 0;
        for (Due due : sql.query("""
                SELECT i.id, i.title, i.severity, i.alarm_name, o.opening FROM incident i
                CROSS JOIN LATERAL (SELECT count(*)::int AS opening FROM incident_timeline t
                    WHERE t.incident_id = i.id AND t.kind = 'RECOVERED') o
                WHERE i.severity <= 2 AND i.status <> 'CLOSED' AND i.recovered_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM incident_page p WHERE p.incident_id = i.id AND p.opening = o.opening)
                ORDER BY i.severity, i.id
                """, row -> new Due(row.getLong("id"), row.getString("title"), row.getInt("severity"),
                row.getString("alarm_name"), row.getInt("opening")))) {
            page(due, OnCallWeek.at(now, open), now);
            paged++;
        }
        int escalated = 0;
        for (Unanswered page : sql.query("""
                SELECT p.id, p.incident_id, i.title, p.severity, i.alarm_name, p.week_start, p.shift, p.position,
                       p.paged_at
                FROM incident_page p JOIN incident i ON i.id = p.incident_id
                WHERE p.acknowledged_at IS NULL AND p.escalated_at IS NULL AND i.status <> 'CLOSED'
                ORDER BY p.paged_at, p.id
                """, row -> new Unanswered(row.getLong("id"), row.getLong("incident_id"), row.getString("title"),
                row.getInt("severity"), row.getString("alarm_name"), row.getObject("week_start", LocalDate.class),
                Shift.valueOf(row.getString("shift")), (Integer) row.getObject("position")))) {
            Instant pagedAt = sql.queryOne("SELECT paged_at FROM incident_page WHERE id = ?",
                    row -> Sql.instant(row, "paged_at"), page.pageId()).orElseThrow();
            if (!now.isBefore(pagedAt.plus(policy.after(page.severity())))) {
                escalate(page, now);
                escalated++;
            }
        }
        int digested = open ? digest(now) : 0;
        return new Decided(paged, escalated, digested);
    }

    private void page(Due due, OnCallWeek week, Instant now) {
        List<Contact> contacts = rota.contacts(week.weekStart(), week.shift());
        Contact first = contacts.isEmpty() ? null : contacts.get(0);
        sql.update("INSERT INTO incident_page (incident_id, opening, severity, week_start, shift, position, "
                + "contact_email, paged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", due.incidentId(), due.opening(),
                due.severity(), week.weekStart(),
                week.shift(), first == null ? null : 1, first == null ? null : first.email(), now);
        String service = serviceName(due.alarmName());
        outbox.add(new Notification(Notification.Kind.PAGE,
                "[RESAS Ops] SEV" + due.severity() + " incident #" + due.incidentId(),
                "重大度 " + due.severity() + " の障害が発生しました。\n件名: " + due.title() + "\nサービス: " + service
                        + "\n担当: " + (first == null ? "当番表に登録がありません" : first.name())
                        + "\n確認したら承知 (acknowledge) してください: " + link(due.incidentId()),
                first, link(due.incidentId())));
        timeline(due.incidentId(), now, "PAGED", "通知: " + (first == null ? "当番未登録 (トピックへ送信)"
                : first.name() + " <" + first.email() + ">") + " (" + week.shift() + ")");
    }

    private void escalate(Unanswered page, Instant now) {
        List<Contact> contacts = rota.contacts(page.weekStart(), page.shift());
        int nextPosition = page.position() == null ? 1 : page.position() + 1;
        Contact next = contacts.size() >= nextPosition ? contacts.get(nextPosition - 1) : null;
        sql.update("UPDATE incident_page SET escalated_at = ?, escalated_to = ? WHERE id = ?", now,
                next == null ? null : next.email(), page.pageId());
        outbox.add(new Notification(Notification.Kind.ESCALATION,
                "[RESAS Ops] ESCALATION SEV" + page.severity() + " incident #" + page.incidentId(),
                "重大度 " + page.severity() + " の障害が " + policy.after(page.severity()).toMinutes()
                        + " 分以内に承知されなかったためエスカレーションします。\n件名: " + page.title()
                        + "\nサービス: " + serviceName(page.alarmName()) + "\n" + link(page.incidentId()),
                next, link(page.incidentId())));
        timeline(page.incidentId(), now, "ESCALATED", "エスカレーション: " + (next == null
                ? "次の担当者が当番表にいません (トピックへ送信)" : next.name() + " <" + next.email() + ">"));
    }

    private int digest(Instant now) {
        List<Due> pending = sql.query("""
                SELECT i.id, i.title, i.severity, i.alarm_name FROM incident i
                WHERE i.severity >= 3 AND i.status <> 'CLOSED'
                  AND NOT EXISTS (SELECT 1 FROM incident_digest d WHERE d.incident_id = i.id)
                ORDER BY i.severity, i.id
                """, row -> new Due(row.getLong("id"), row.getString("title"), row.getInt("severity"),
                row.getString("alarm_name"), 0));
        if (pending.isEmpty()) {
            return 0;
        }
        OnCallWeek week = OnCallWeek.at(now, true);
        List<Contact> contacts = rota.contacts(week.weekStart(), week.shift());
        List<String> lines = new ArrayList<>();
        for (Due due : pending) {
            sql.update("INSERT INTO incident_digest (incident_id, digested_at) VALUES (?, ?)", due.incidentId(), now);
            lines.add("- SEV" + due.severity() + " #" + due.incidentId() + " " + due.title() + " ("
                    + serviceName(due.alarmName()) + ") " + link(due.incidentId()));
        }
        outbox.add(new Notification(Notification.Kind.DIGEST, "[RESAS Ops] digest: " + pending.size() + " incident(s)",
                "対応待ちの障害 (重大度 3–4)\n" + String.join("\n", lines),
                contacts.isEmpty() ? null : contacts.get(0), portal + "/portal/incidents"));
        return pending.size();
    }

    private void timeline(long incidentId, Instant at, String kind, String message) {
        sql.update("INSERT INTO incident_timeline (incident_id, at, kind, actor, message, recorded_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", incidentId, at, kind, ACTOR, message, at);
    }

    private String serviceName(String alarmName) {
        return alarmName == null ? "（アラーム以外の障害）"
                : system.serviceOfAlarm(alarmName).map(MonitoredService::name).orElse("（監視対象外: " + alarmName + "）");
    }

    private String link(long incidentId) {
        return portal + "/portal/incidents/" + incidentId;
    }
}
