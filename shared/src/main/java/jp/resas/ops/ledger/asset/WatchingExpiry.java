package jp.resas.ops.ledger.asset;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.common.Actor;
import jp.resas.ops.issue.IssueRules;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.CollectorIncidents;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.OpeningTicket;
import jp.resas.ops.ticket.TicketId;

/**
 * The daily expiry watch: for each certificate, domain, licence and contract, a ticket (課題) once
 * per date and threshold at 60, 30 and 7 days before it must be acted on, and an incident once it has
 * ended. A certificate that ACM renews by itself raises no warning (ACM does the work), only the
 * incident if it ends all the same. Run twice, it raises nothing new.
 * <p>A certificate's or domain's date is the day it expires (during that day), so it has ended on that
 * day; a licence's or contract's is its last valid day, so it has ended the day after.
 */
public final class WatchingExpiry {

    public static final String ACTOR = "ledger-watch";

    private final Assets assets;
    private final ExpiryAlerts alerts;
    private final OpeningTicket tickets;
    private final CollectorIncidents incidents;
    private final Clock clock;

    public WatchingExpiry(Assets assets, ExpiryAlerts alerts, OpeningTicket tickets, CollectorIncidents incidents,
            Clock clock) {
        this.assets = assets;
        this.alerts = alerts;
        this.tickets = tickets;
        this.incidents = incidents;
        this.clock = clock;
    }

    public List<RaisedAlert> run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CollectionPeriod.JST);
        List<RaisedAlert> raised = new ArrayList<>();
        for (Asset asset : assets.ending(today.plusDays(ExpiryThreshold.D60.days()))) {
            if (asset.endsOn() != null && ended(asset, today)) {
                if (alerts.recordOnce(asset.id(), asset.endsOn(), ExpiryThreshold.ENDED, now)) {
                    long incident = incident(asset, now);
                    alerts.linkIncident(asset.id(), asset.endsOn(), ExpiryThreshold.ENDED, incident);
                    raised.add(new RaisedAlert(asset.id(), asset.name(), asset.kind(), asset.endsOn(),
                            ExpiryThreshold.ENDED, ChronoUnit.DAYS.between(today, asset.endsOn()), "incident", incident));
                }
                continue;
            }
            Optional<LocalDate> by = asset.actionBy();
            if (by.isEmpty() || asset.renewsByItself()) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(today, by.get());
            Optional<ExpiryThreshold> threshold = ExpiryThreshold.warningFor(daysLeft);
            if (threshold.isPresent() && alerts.recordOnce(asset.id(), by.get(), threshold.get(), now)) {
                TicketId ticket = ticket(asset, by.get(), threshold.get(), daysLeft);
                alerts.linkTicket(asset.id(), by.get(), threshold.get(), ticket.value());
                raised.add(new RaisedAlert(asset.id(), asset.name(), asset.kind(), by.get(), threshold.get(), daysLeft,
                        "ticket", ticket.value()));
            }
        }
        return raised;
    }

    private static boolean ended(Asset asset, LocalDate today) {
        boolean expiresDuringTheDay = asset.kind() == AssetKind.CERTIFICATE || asset.kind() == AssetKind.DOMAIN;
        return expiresDuringTheDay ? !today.isBefore(asset.endsOn()) : today.isAfter(asset.endsOn());
    }

    private TicketId ticket(Asset asset, LocalDate by, ExpiryThreshold threshold, long daysLeft) {
        Priority priority = switch (threshold) {
            case D7 -> Priority.HIGH;
            case D30 -> Priority.MEDIUM;
            default -> Priority.LOW;
        };
        String what = asset.endsOn() != null && by.equals(asset.endsOn()) ? "期限" : "更新の申出期限";
        String title = "[資産期限] " + asset.kind().label() + "「" + asset.name() + "」の" + what + "まで " + daysLeft
                + " 日 (" + by + ")";
        StringBuilder description = new StringBuilder()
                .append(asset.kind().label()).append("「").append(asset.name()).append("」(資産 ID ").append(asset.id())
                .append(") の").append(what).append("は ").append(by).append(" です。更新の手続を主管課と協議してください。");
        if (asset.owner() != null) {
            description.append("\n担当: ").append(asset.owner());
        }
        if (asset.terms() != null && asset.terms().provider() != null) {
            description.append("\n提供元: ").append(asset.terms().provider());
        }
        if (asset.kind() == AssetKind.CERTIFICATE) {
            description.append("\nACM の自動更新: ").append(asset.attributes().getOrDefault("renewalEligibility", "不明"))
                    .append(" (").append(asset.attributes().getOrDefault("type", "")).append(")");
        }
        if (asset.kind() == AssetKind.DOMAIN) {
            description.append("\n自動更新: ").append("true".equals(asset.attributes().get("autoRenew")) ? "有効" : "無効");
        }
        return tickets.open(IssueRules.RULES, new NewTicket(title.length() > 200 ? title.substring(0, 200) : title,
                priority, Map.of("description", description.toString()), asset.owner(), by), Actor.system(ACTOR));
    }

    private long incident(Asset asset, Instant now) {
        String title = asset.kind().label() + "「" + asset.name() + "」の期限 (" + asset.endsOn() + ") が過ぎました";
        return incidents.openOrAdd("asset-ended:" + asset.id() + ":" + asset.endsOn(), "COLLECTOR", 2,
                title.length() > 200 ? title.substring(0, 200) : title,
                asset.kind() + " " + asset.key() + " ended on " + asset.endsOn(), now);
    }
}
