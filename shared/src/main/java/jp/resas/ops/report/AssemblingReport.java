package jp.resas.ops.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.incident.IncidentDossier;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentReport;
import jp.resas.ops.ticket.TicketKind;

/** Assembles a report of any kind for its period from the records, through {@link ReportSources}. */
public final class AssemblingReport {

    private final ReportSources sources;
    private final Clock clock;

    public AssemblingReport(ReportSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * @param period {@code 2026-11} (monthly, lists), {@code 2026-W48} (weekly) or the incident ID
     * @throws InvalidInputException for a bad or future period, naming {@code period}
     * @throws NotFoundException for an unknown incident
     */
    public ReportDocument assemble(ReportKind kind, String period) {
        return switch (kind) {
            case MONTHLY -> monthly(ReportPeriod.month("period", period, clock));
            case WEEKLY -> weekly(ReportPeriod.week("period", period, clock));
            case INCIDENT -> incident(incidentId(period));
            case ISSUES, DATA_UPDATES, DATA_SOURCES -> list(kind, ReportPeriod.month("period", period, clock));
        };
    }

    private ReportDocument monthly(ReportPeriod month) {
        IncidentFigures incidents = new IncidentFigures(sources);
        TicketFigures tickets = new TicketFigures(sources);
        MonitoringFigures monitoring = new MonitoringFigures(sources);
        PlanFigures plans = new PlanFigures(sources);
        List<ReportSection> sections = new ArrayList<>();
        sections.add(null);
        sections.add(monitoring.availability("2", month));
        sections.add(incidents.section("3", month));
        sections.add(tickets.inquiries("4", month));
        sections.add(tickets.requests("5", month));
        sections.add(plans.maintenance("6", month));
        sections.add(plans.dataUpdates("7", month));
        sections.add(monitoring.resources("8", month));
        sections.add(monitoring.logs("9", month));
        sections.add(monitoring.costs("10", month));
        sections.add(monitoring.access("11", month));
        sections.add(tickets.openIssues("12", month));
        sections.add(plans.nextMonth("13", month));
        sections.set(0, new ReportSection("1", "概況", List.of(sections.get(1).paragraphs().get(0),
                sections.get(2).paragraphs().get(0) + sections.get(2).paragraphs().get(1),
                sections.get(3).paragraphs().get(0) + sections.get(6).paragraphs().get(0)), List.of()));
        return document(ReportKind.MONTHLY, month.key(), EraDates.month(month.month()), sections);
    }

    private ReportDocument weekly(ReportPeriod week) {
        IncidentFigures incidents = new IncidentFigures(sources);
        TicketFigures tickets = new TicketFigures(sources);
        PlanFigures plans = new PlanFigures(sources);
        LocalDate today = clock.instant().atZone(ReportPeriod.JST).toLocalDate();
        LocalDate asOf = week.last().isAfter(today) ? today : week.last();
        List<ReportSection> sections = List.of(plans.collection("1", week),
                DevScheduleFigures.section("2", sources.devSchedule(asOf), asOf),
                new ReportSection("3", "障害", List.of(incidents.in(week).isEmpty() ? "今週発生した障害はありません。"
                        : "今週発生した障害は " + incidents.in(week).size() + " 件です。"),
                        List.of(incidents.list("3-1", incidents.in(week), "今週の障害"))),
                new ReportSection("4", "問合せ", List.of(tickets.received(TicketKind.INQUIRY, week).isEmpty()
                        ? "今週受け付けた問合せはありません。" : "今週受け付けた問合せは "
                        + tickets.received(TicketKind.INQUIRY, week).size() + " 件です。"),
                        List.of(tickets.list("4-1", "今週の問合せ", tickets.received(TicketKind.INQUIRY, week)))),
                tickets.openIssues("5", week));
        String heading = EraDates.day(week.first()) + "～" + EraDates.day(week.last()).replaceFirst("^令和\\d+年|^令和元年", "");
        return document(ReportKind.WEEKLY, week.key(), heading, sections);
    }

    private ReportDocument incident(IncidentId id) {
        IncidentDossier d = sources.incident(id).orElseThrow(() -> new NotFoundException("障害 " + id.value()
                + " はありません。"));
        IncidentReport r = d.work().report();
        var i = d.incident();
        ReportTable outline = ReportTable.of("1-1 概要", "障害の概要", List.of("項目", "内容"), List.of(
                List.of("障害 ID", String.valueOf(i.id().value())), List.of("件名", i.title()),
                List.of("重大度", Labels.severity(d.work().severity())), List.of("重大障害", d.work().major() ? "該当" : "非該当"),
                List.of("発生源", Labels.source(i.source())), List.of("アラーム", Labels.text(i.alarmName())),
                List.of("状態", Labels.status(d.work().status())), List.of("担当", Labels.text(d.work().assignee())),
                List.of("発生日時", ReportTexts.time(i.openedAt())), List.of("暫定対応日時", ReportTexts.time(d.stages().mitigatedAt())),
                List.of("解決日時", ReportTexts.time(d.stages().resolvedAt())), List.of("完了日時", ReportTexts.time(i.closedAt()))));
        ReportTable timeline = ReportTable.of("3-1 経緯", "対応の経緯", List.of("日時", "種別", "実施者", "内容"),
                d.timeline().stream().map(t -> List.of(ReportTexts.time(t.at()), t.kind(), t.actor(), t.message())).toList());
        List<ReportSection> sections = List.of(new ReportSection("1", "概要", List.of(), List.of(outline)),
                text("2", "影響", r.impact()), new ReportSection("3", "経緯", List.of(), List.of(timeline)),
                text("4", "原因", r.cause()), text("5", "暫定対応", r.workaround()),
                text("6", "恒久対応", r.permanentFix()), text("7", "再発防止策", r.prevention()));
        String heading = EraDates.day(i.openedAt().atZone(ReportPeriod.JST).toLocalDate()) + "発生";
        return document(ReportKind.INCIDENT, String.valueOf(i.id().value()), heading, sections);
    }

    private static ReportSection text(String number, String title, String body) {
        return new ReportSection(number, title, List.of(ReportTexts.orNotWritten(body)), List.of());
    }

    private ReportDocument list(ReportKind kind, ReportPeriod month) {
        ReportTable table = switch (kind) {
            case ISSUES -> new TicketFigures(sources).issues("1", "課題管理表", new TicketFigures(sources)
                    .all(TicketKind.ISSUE).stream().filter(t -> t.createdAt().isBefore(month.end())).toList());
            case DATA_UPDATES -> PlanFigures.updateLog("1", "データ更新一覧", sources.updateLog().stream()
                    .filter(e -> e.at().isBefore(month.end())).toList());
            default -> ReportTable.of("1 データ出典一覧", "データ出典一覧", List.of("データセット", "名称", "提供元", "取得方法",
                    "取得元", "利用条件", "取得日時", "SHA-256", "版", "基準日"), sources.dataSources().stream()
                    .map(s -> List.of(s.datasetId(), s.name(), s.publisher(), s.sourceKind(), s.sourceRef(),
                            Labels.text(s.licence()), ReportTexts.time(s.fetchedAt()), s.sha256(),
                            String.valueOf(s.version()), s.referenceDate()))
                    .toList());
        };
        String text = table.isEmpty() ? ReportTexts.NONE_THIS_PERIOD : table.rows().size() + " 件";
        return document(kind, month.key(), EraDates.month(month.month()) + "末時点",
                List.of(new ReportSection("1", kind.title(), List.of(text), List.of(table))));
    }

    private ReportDocument document(ReportKind kind, String period, String heading, List<ReportSection> sections) {
        return new ReportDocument(kind, period, kind.title(), heading, clock.instant(), sections);
    }

    private static IncidentId incidentId(String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return new IncidentId(id);
            }
        } catch (NumberFormatException e) {
            // refused below with the same message as a non-positive number
        }
        throw new InvalidInputException("period", "障害報告書の period には障害 ID（正の整数）を指定してください。");
    }
}
