package jp.resas.ops.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.resas.ops.sla.SlaState;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.ticket.Ticket;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.workrequest.WorkRequestRules;

/** 問合せ, 作業依頼・変更 and 課題: the ticket lists of the period, with the SLA the API shows. */
final class TicketFigures {

    private static final Set<String> APPROVED = Set.of("APPROVED", "IN_PROGRESS", "WAITING_FOR_REQUESTER", "DONE",
            "CLOSED", "IMPLEMENTED", "VERIFIED");

    private final ReportSources sources;
    private final Map<TicketKind, List<Ticket>> all;

    TicketFigures(ReportSources sources) {
        this.sources = sources;
        this.all = Map.of(TicketKind.INQUIRY, sources.tickets(TicketKind.INQUIRY), TicketKind.WORK_REQUEST,
                sources.tickets(TicketKind.WORK_REQUEST), TicketKind.CHANGE_REQUEST,
                sources.tickets(TicketKind.CHANGE_REQUEST), TicketKind.ISSUE, sources.tickets(TicketKind.ISSUE));
    }

    List<Ticket> received(TicketKind kind, ReportPeriod period) {
        return all.get(kind).stream().filter(t -> period.contains(t.createdAt())).toList();
    }

    List<Ticket> openAt(TicketKind kind, ReportPeriod period) {
        return all.get(kind).stream().filter(t -> t.createdAt().isBefore(period.end())
                && (t.closedAt() == null || !t.closedAt().isBefore(period.end()))).toList();
    }

    List<Ticket> all(TicketKind kind) {
        return all.get(kind);
    }

    ReportTable countBy(String number, String caption, String header, List<Ticket> tickets, String field,
            Map<String, String> labels) {
        List<List<String>> rows = new ArrayList<>();
        labels.keySet().stream().sorted().forEach(code -> rows.add(List.of(labels.get(code),
                String.valueOf(tickets.stream().filter(t -> code.equals(t.field(field))).count()))));
        return ReportTable.of(number + " " + caption, caption, List.of(header, "件数"), rows)
                .withChart(caption, ReportTable.Chart.Type.BAR, 0, 1);
    }

    /** SLA figures of the period's inquiries: met share and averages of the clocks' business time. */
    ReportTable sla(String number, List<Ticket> tickets) {
        long respondedCount = 0;
        long resolvedCount = 0;
        long responseMet = 0;
        long resolutionMet = 0;
        List<Duration> responseTimes = new ArrayList<>();
        List<Duration> resolutionTimes = new ArrayList<>();
        var slaNow = sources.slaNow();
        for (Ticket ticket : tickets) {
            Optional<SlaStatus> sla = slaNow.apply(ticket);
            if (ticket.firstRespondedAt() != null) {
                respondedCount++;
                responseMet += sla.filter(s -> s.firstResponse().state() == SlaState.MET).isPresent() ? 1 : 0;
                sla.ifPresent(s -> responseTimes.add(s.firstResponse().elapsed()));
            }
            if (ticket.resolvedAt() != null) {
                resolvedCount++;
                resolutionMet += sla.filter(s -> s.resolution().state() == SlaState.MET).isPresent() ? 1 : 0;
                sla.ifPresent(s -> resolutionTimes.add(s.resolution().elapsed()));
            }
        }
        return ReportTable.of(number + " SLA", "SLA 達成状況（開庁時間ベース）", List.of("項目", "値"), List.of(
                List.of("受付件数", String.valueOf(tickets.size())),
                List.of("初回応答済", String.valueOf(respondedCount)),
                List.of("SLA 内の初回応答", String.valueOf(responseMet)),
                List.of("SLA 内初回応答率 (%)", ReportTexts.percent(responseMet, respondedCount)),
                List.of("平均初回応答時間 (業務時間)", average(responseTimes)),
                List.of("回答済", String.valueOf(resolvedCount)),
                List.of("SLA 内の回答", String.valueOf(resolutionMet)),
                List.of("SLA 内回答率 (%)", ReportTexts.percent(resolutionMet, resolvedCount)),
                List.of("平均回答時間 (業務時間)", average(resolutionTimes))));
    }

    private static String average(List<Duration> durations) {
        if (durations.isEmpty()) {
            return "-";
        }
        Duration sum = durations.stream().reduce(Duration.ZERO, Duration::plus);
        return ReportTexts.hours(sum.dividedBy(durations.size())) + " 時間";
    }

    ReportTable list(String number, String caption, List<Ticket> tickets) {
        return ReportTable.of(number + " " + caption, caption, List.of("ID", "種別", "件名", "優先度", "状態", "依頼者",
                "担当", "受付日時", "完了日時"), tickets.stream().map(t -> List.of(String.valueOf(t.id().value()),
                Labels.kind(t.kind()), t.title(), Labels.priority(t), Labels.status(t), Labels.text(t.requester()),
                Labels.text(t.assignee()), ReportTexts.time(t.createdAt()), ReportTexts.time(t.resolvedAt()))).toList());
    }

    ReportTable issues(String number, String caption, List<Ticket> issues) {
        return ReportTable.of(number + " " + caption, caption, List.of("ID", "件名", "優先度", "状態", "担当", "期限",
                "登録日時", "対応結果"), issues.stream().map(t -> List.of(String.valueOf(t.id().value()), t.title(),
                Labels.priority(t), Labels.status(t), Labels.text(t.assignee()), Labels.text(t.dueDate()),
                ReportTexts.time(t.createdAt()), Labels.text(t.field("resolution")))).toList());
    }

    ReportSection inquiries(String number, ReportPeriod period) {
        List<Ticket> received = received(TicketKind.INQUIRY, period);
        List<Ticket> open = openAt(TicketKind.INQUIRY, period);
        String summary = received.isEmpty() ? "対象期間に受け付けた問合せはありません。"
                : "対象期間に受け付けた問合せは " + received.size() + " 件です。";
        return new ReportSection(number, "問合せ", List.of(summary, open.isEmpty() ? "未完了の問合せはありません。"
                : "期間末時点で未完了の問合せは " + open.size() + " 件です。"), List.of(
                countBy(number + "-1", "受付経路別件数", "受付経路", received, "channel", Labels.CHANNEL),
                countBy(number + "-2", "依頼者別件数", "依頼者", received, "requesterKind", Labels.REQUESTER),
                sla(number + "-3", received), list(number + "-4", "未完了の問合せ", open)));
    }

    ReportSection requests(String number, ReportPeriod period) {
        List<List<String>> counts = new ArrayList<>();
        List<Ticket> receivedAll = new ArrayList<>();
        for (TicketKind kind : List.of(TicketKind.WORK_REQUEST, TicketKind.CHANGE_REQUEST)) {
            List<Ticket> received = received(kind, period);
            receivedAll.addAll(received);
            long approved = received.stream().filter(t -> APPROVED.contains(t.status())
                    && (kind == TicketKind.CHANGE_REQUEST || "true".equals(t.field(WorkRequestRules.TOUCHES_PRODUCTION))))
                    .count();
            long done = all.get(kind).stream().filter(t -> period.contains(t.resolvedAt())).count();
            counts.add(List.of(Labels.kind(kind), String.valueOf(received.size()), String.valueOf(approved),
                    String.valueOf(done)));
        }
        List<Ticket> production = all.get(TicketKind.WORK_REQUEST).stream()
                .filter(t -> "true".equals(t.field(WorkRequestRules.TOUCHES_PRODUCTION)))
                .filter(t -> period.contains(t.createdAt()) || period.contains(t.resolvedAt())).toList();
        ReportTable productionTable = ReportTable.of(number + "-3 本番データ作業", "本番データに触れた作業依頼",
                List.of("ID", "件名", "データ範囲", "状態", "結果"), production.stream().map(t -> List.of(
                        String.valueOf(t.id().value()), t.title(), Labels.text(t.field("dataScope")), Labels.status(t),
                        Labels.text(t.field("result")))).toList());
        String summary = receivedAll.isEmpty() ? "対象期間に受け付けた作業依頼・変更要求はありません。"
                : "対象期間に受け付けた作業依頼・変更要求は " + receivedAll.size() + " 件です。";
        return new ReportSection(number, "作業依頼・変更", List.of(summary), List.of(
                ReportTable.of(number + "-1 件数", "作業依頼・変更要求の件数（承認は本番データ作業・変更のうち承認済以降）",
                        List.of("種別", "受付", "承認", "完了"), counts).withChart("作業依頼・変更の件数",
                        ReportTable.Chart.Type.BAR, 0, 1, 2, 3),
                list(number + "-2", "受付一覧", receivedAll), productionTable));
    }

    ReportSection openIssues(String number, ReportPeriod period) {
        List<Ticket> open = openAt(TicketKind.ISSUE, period);
        return new ReportSection(number, "課題", List.of(open.isEmpty() ? "未完了の課題はありません。"
                : "期間末時点で未完了の課題は " + open.size() + " 件です。"), List.of(issues(number + "-1", "未完了の課題", open)));
    }
}
