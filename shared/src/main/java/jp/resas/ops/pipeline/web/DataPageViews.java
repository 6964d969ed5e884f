package jp.resas.ops.pipeline.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.CsvTable;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.VersionDiff;
import jp.resas.ops.dataset.VersionLine;
import jp.resas.ops.pipeline.RoundSummary;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.SourceLine;
import jp.resas.ops.pipeline.UpdateLogLine;
import jp.resas.ops.portal.web.Jst;

/** The view models of the data-update pages, from the catalog, the pipeline's queries and the rounds. */
final class DataPageViews {

    private DataPageViews() {
    }

    record DatasetRow(String id, String name, String publisher, String source, String frequency, String nextRelease,
            String menus, String href) {

        static DatasetRow of(Dataset d) {
            return new DatasetRow(d.id().value(), text(d.name()), text(d.publisher()), sourceLabel(d) + "：" + text(d.sourceRef()),
                    text(d.frequency()), d.nextRelease() == null ? "" : d.nextRelease().toString(),
                    String.join("、", d.menus()), "/portal/data/datasets/" + d.id().value());
        }
    }

    record LogRow(String at, String kind, String dataset, String name, String version, String observations,
            String referenceDate, String approvedBy, String note) {
    }

    /** One keyset page of the catalog ({@code nextHref} null on the last) and the recent updates. */
    record CatalogView(List<DatasetRow> datasets, List<LogRow> log, String nextHref) {
    }

    static CatalogView catalog(jp.resas.ops.platform.jdbc.Keyset.Page<Dataset> datasets, List<UpdateLogLine> log) {
        return new CatalogView(datasets.items().stream().map(DatasetRow::of).toList(),
                log.stream().map(DataPageViews::logRow).toList(), datasets.nextCursor().map(cursor -> "/portal/data?cursor="
                        + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)).orElse(null));
    }

    private static LogRow logRow(UpdateLogLine l) {
        return new LogRow(at(l.at()), kindLabel(l.kind()), l.datasetId(), l.name(), text(l.version()),
                text(l.observations()), l.referenceDate(), l.approvedBy(), text(l.note()));
    }

    record VersionRow(int number, String status, String observations, String referenceDate, String createdAt,
            String publishedAt, boolean current, boolean shown, String href, String runHref) {
    }

    /** A version against the one before it: null counts when the figures are not there (first version). */
    record Diff(int number, String previous, String added, String removed, String changed, boolean first) {
    }

    record RoundOption(long id, String label) {
    }

    record DatasetView(DatasetRow dataset, String licence, String ownerContact, List<VersionRow> versions, Diff diff,
            boolean hasPublished, List<RunPageViews.RunRow> runs, List<RoundOption> rounds, String nextHref) {
    }

    /**
     * One dataset's page: {@code versions} one page of them (newest first), {@code cursor} that page's own (kept
     * by the diff links), {@code next} the next page's cursor (null on the last).
     */
    static DatasetView dataset(Dataset d, List<VersionLine> versions, boolean hasPublished, String cursor, String next,
            VersionDiff diff, List<Run> runs, List<RoundOption> rounds) {
        int shown = diff == null ? -1 : diff.number();
        String base = "/portal/data/datasets/" + d.id().value();
        String here = cursor == null ? "" : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8);
        List<VersionRow> rows = versions.stream().map(v -> new VersionRow(v.number(), versionLabel(v.status()),
                text(v.observations()), v.referenceDate(), at(v.createdAt()), at(v.publishedAt()),
                Boolean.TRUE.equals(v.current()), v.number() == shown,
                base + "?version=" + v.number() + here + "#diff-heading",
                "/portal/approvals/runs/" + v.runId())).toList();
        Diff shownDiff = diff == null ? null : new Diff(shown, text(diff.previous()), text(diff.added()),
                text(diff.removed()), text(diff.changed()), diff.previous() == null);
        String nextHref = next == null ? null : base + "?" + (diff == null ? "" : "version=" + shown + "&") + "cursor="
                + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8) + "#versions-heading";
        return new DatasetView(DatasetRow.of(d), text(d.licence()), text(d.ownerContact()), rows, shownDiff,
                hasPublished, RunPageViews.runs(runs).recent(), rounds, nextHref);
    }

    /** Approved rounds that plan {@code dataset}: the ones a run may start in. */
    static List<RoundOption> runnableRounds(List<jp.resas.ops.pipeline.infrastructure.RoundService.RunnableRound> rounds) {
        return rounds.stream().map(round -> new RoundOption(round.id(), "#" + round.id() + " " + round.name())).toList();
    }

    record RoundItem(String dataset, String collectOn, String publishBy, String status, String publishedOn, boolean slipped) {
    }

    record RoundRow(long id, String name, String status, boolean draft, String plannedBy, String approvedBy,
            String approvedAt, List<RoundItem> items, long published, int percent) {
    }

    /**
     * One page of rounds; {@code status} the filter shown (null: every round); {@code cursor} the page's own cursor
     * (empty on the first page), which the approval form sends back so the user returns to this page; the next page
     * keeps the filter.
     */
    record RoundsView(List<RoundRow> rows, String status, String cursor, String nextHref) {
    }

    static RoundsView rounds(jp.resas.ops.platform.jdbc.Keyset.Page<RoundSummary> page, String status, String cursor) {
        return new RoundsView(rounds(page.items()), status == null ? "" : status, cursor == null ? "" : cursor,
                page.nextCursor().map(next -> roundsHref(status, next)).orElse(null));
    }

    /** The rounds page with its filter and cursor (either may be null). */
    static String roundsHref(String status, String cursor) {
        StringBuilder href = new StringBuilder("/portal/data/rounds");
        String sep = "?";
        if (status != null) {
            href.append(sep).append("status=").append(java.net.URLEncoder.encode(status, java.nio.charset.StandardCharsets.UTF_8));
            sep = "&";
        }
        if (cursor != null) {
            href.append(sep).append("cursor=").append(java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8));
        }
        return href.toString();
    }

    static List<RoundRow> rounds(List<RoundSummary> rounds) {
        return rounds.stream().map(r -> {
            List<RoundItem> items = r.items().stream()
                    .map(i -> new RoundItem(i.dataset(), i.collectOn(), i.publishBy(), itemLabel(i.status()),
                            text(i.publishedOn()), i.slipped()))
                    .toList();
            long published = items.stream().filter(i -> i.status().equals("公開済み")).count();
            return new RoundRow(r.id(), r.name(), "APPROVED".equals(r.status()) ? "承認済み" : "計画中（承認待ち）",
                    "DRAFT".equals(r.status()), r.plannedBy(), text(r.approvedBy()), at(r.approvedAt()), items, published,
                    items.isEmpty() ? 0 : (int) (published * 100 / items.size()));
        }).toList();
    }

    static CsvTable updateLogCsv(List<UpdateLogLine> log) {
        List<List<Object>> rows = new ArrayList<>();
        for (UpdateLogLine l : log) {
            rows.add(List.of(at(l.at()), l.kind(), l.datasetId(), l.name(), text(l.version()), text(l.observations()),
                    l.referenceDate(), l.approvedBy(), text(l.roundId()), text(l.runId()), text(l.note())));
        }
        return new CsvTable(List.of("日時（JST）", "種別", "データセットID", "データセット名", "版", "観測値数", "基準日", "承認者",
                "更新回", "実行", "備考"), rows);
    }

    static CsvTable sourcesCsv(List<SourceLine> sources) {
        List<List<Object>> rows = new ArrayList<>();
        for (SourceLine s : sources) {
            rows.add(List.of(s.datasetId(), s.name(), s.publisher(), s.sourceKind(), s.sourceRef(), text(s.licence()),
                    at(s.fetchedAt()), s.sha256(), text(s.version()), s.referenceDate()));
        }
        return new CsvTable(List.of("データセットID", "名称", "提供元", "取得方法", "取得元", "利用条件", "取得日時（JST）", "SHA-256",
                "版", "基準日"), rows);
    }

    static String kindLabel(String kind) {
        return switch (kind) {
            case "PUBLISH" -> "公開";
            case "ROLLBACK" -> "切り戻し";
            default -> kind;
        };
    }

    static String versionLabel(String status) {
        return switch (status) {
            case "PUBLISHED" -> "公開中";
            case "SUPERSEDED" -> "旧版";
            case "ROLLED_BACK" -> "切り戻し済み";
            case "STAGED" -> "承認待ち";
            case "LOADING" -> "読込中";
            case "DISCARDED" -> "破棄";
            default -> status;
        };
    }

    static String itemLabel(String status) {
        return switch (status) {
            case "PUBLISHED" -> "公開済み";
            case "PLANNED" -> "予定";
            case "RUNNING" -> "実行中";
            case "AWAITING_APPROVAL" -> "承認待ち";
            case "REJECTED" -> "却下";
            case "FAILED" -> "失敗";
            default -> status;
        };
    }

    private static String sourceLabel(Dataset d) {
        return switch (d.sourceKind()) {
            case ESTAT_API -> "e-Stat API";
            case S3_INBOX -> "受け渡し場所";
            case DOWNLOAD_URL -> "ダウンロード";
        };
    }

    private static String at(Object value) {
        return value instanceof Instant instant ? Jst.at(instant) : text(value);
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
