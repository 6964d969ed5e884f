package jp.resas.ops.eos;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.common.Actor;
import jp.resas.ops.issue.IssueRules;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.OpeningTicket;
import jp.resas.ops.ticket.TicketId;

/**
 * The daily EOS watch: for each item not yet upgraded away whose support ends within 180 days, a ticket (課題)
 * at the tightest of 180, 90 and 30 days reached, once per item and threshold. Run again (the same day, or
 * by two runners at once) it raises nothing more: the alert row and its ticket are written in one transaction
 * and the row's key refuses the second. A RESAS item that names the versions it covers ({@code runtimeKey}, e.g. a row
 * of AWS's Lambda runtime table) is watched only while the configuration ledger finds RESAS running one of them, so
 * the calendar can hold the published table without raising tickets for what RESAS does not use; the ticket says how
 * many resources use it.
 */
public final class WatchingEndOfSupport {

    public static final String ACTOR = "eos-watch";

    private final EosItems items;
    private final EosAlerts alerts;
    private final OpeningTicket tickets;
    private final VersionsInUse inUse;
    private final Clock clock;

    public WatchingEndOfSupport(EosItems items, EosAlerts alerts, OpeningTicket tickets, VersionsInUse inUse,
            Clock clock) {
        this.items = items;
        this.alerts = alerts;
        this.tickets = tickets;
        this.inUse = inUse;
        this.clock = clock;
    }

    public List<RaisedEosAlert> run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BusinessCalendar.JST);
        List<RaisedEosAlert> raised = new ArrayList<>();
        List<VersionInUse> versions = null;
        List<EosItem> keyed = null;
        for (EosItem item : items.endingBy(today.plusDays(EosThreshold.D180.days()))) {
            int resources = -1;
            if (item.system() == EosSystem.RESAS && item.runtimeKey() != null) {
                if (versions == null) {
                    versions = inUse.current().versions();
                    keyed = items.keyed();
                }
                resources = ReadingVersionsInUse.resourcesOf(item, versions, keyed);
                if (resources == 0) {
                    continue;
                }
            }
            long daysLeft = item.daysLeft(today);
            Optional<EosThreshold> threshold = EosThreshold.reached(daysLeft);
            if (threshold.isPresent() && alerts.recordOnce(item.id(), threshold.get(), item.endsOn(), now)) {
                TicketId ticket = ticket(item, threshold.get(), daysLeft, resources);
                alerts.linkTicket(item.id(), threshold.get(), ticket.value());
                raised.add(new RaisedEosAlert(item.id(), item.label(), item.endsOn(), threshold.get().days(), daysLeft,
                        ticket.value()));
            }
        }
        return raised;
    }

    private TicketId ticket(EosItem item, EosThreshold threshold, long daysLeft, int resources) {
        Priority priority = switch (threshold) {
            case D30 -> Priority.HIGH;
            case D90 -> Priority.MEDIUM;
            case D180 -> Priority.LOW;
        };
        String left = daysLeft < 0 ? "サポート終了済み" : "サポート終了まで " + daysLeft + " 日";
        String title = "[サポート終了] " + item.system().label() + " " + item.label() + " " + left + " (" + item.endsOn()
                + ")";
        String description = item.category().label() + "「" + item.label() + "」(EOS 項目 " + item.id() + ") のサポートは "
                + item.endsOn() + " に終了します (" + threshold.days() + " 日前の通知)。"
                + (resources > 0 ? "\n構成管理台帳によると " + resources + " 件のリソースが使用しています (" + item.runtimeKey()
                        + ")。" : "")
                + "\n出典: " + item.sourceUrl()
                + " (確認: " + item.reviewedBy() + ")\nバージョンアップを変更要求として起票し、試験記録とともに "
                + "EOS 項目に紐付けてください (POST /eos/items/" + item.id() + "/upgrades)。";
        return tickets.open(IssueRules.RULES, new NewTicket(title.length() > 200 ? title.substring(0, 200) : title,
                priority, Map.of("description", description, "origin", "eos:" + item.id() + ":" + threshold.days()),
                null, item.endsOn()), Actor.system(ACTOR));
    }
}
