package jp.resas.ops.ledger.configuration.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.resas.ops.ledger.configuration.ConfigurationDiff;
import jp.resas.ops.ledger.configuration.ConfigurationSource;
import jp.resas.ops.ledger.configuration.ConfiguredResource;
import jp.resas.ops.ledger.configuration.Snapshot;
import jp.resas.ops.ledger.configuration.SnapshotFilter;
import jp.resas.ops.ledger.configuration.SnapshotSummary;
import jp.resas.ops.portal.web.Jst;

/** The view models of the 構成管理台帳 pages, built from what the use cases answer; templates only print them. */
final class ConfigurationPageViews {

    private ConfigurationPageViews() {
    }

    record Option(String value, String label, boolean selected) {
    }

    record Row(long id, String href, String source, String takenAt, String takenBy, int resources, int added,
            int removed, int changed, int missing) {
    }

    record ListView(Map<String, String> filters, List<Option> sources, List<Option> accounts, List<Row> rows,
            String nextHref, boolean byScope) {
    }

    record Resource(String scope, String stack, String logicalId, String physicalId, String type, String properties,
            String tags) {
    }

    record Change(String kind, String key, String type, String property, String before, String after) {
    }

    record Missing(String scope, String reason) {
    }

    record DetailView(long id, String source, String takenAt, String takenBy, String previousHref, Long previousId,
            List<Missing> missing, List<Change> diff, List<Resource> resources, int allResources,
            Map<String, String> filters, List<Option> accounts, String xlsxHref, String filterLabel, int diffTotal,
            int resourcesTotal) {
    }

    /**
     * Rows of the diff and of the resources shown on the snapshot page: an account's first snapshot lists every
     * resource as added, thousands of rows; the page shows the first ones and says how many there are (the
     * account, region and stack filters narrow it; the .xlsx holds all).
     */
    static final int ROWS_SHOWN = 200;

    record Side(Long id, String href, String takenAt, String source) {
    }

    record LinkView(long changeRequestId, String changeRequestHref, Side before, Side after, List<Change> diff,
            boolean comparable, long version, List<Option> snapshots) {
    }

    static String sourceLabel(ConfigurationSource source) {
        return source == ConfigurationSource.AWS ? "AWS（デプロイ済み）" : "CDK 合成テンプレート";
    }

    static List<Option> sources(String selected) {
        List<Option> options = new ArrayList<>();
        for (ConfigurationSource source : ConfigurationSource.values()) {
            options.add(new Option(source.name(), sourceLabel(source), source.name().equals(selected)));
        }
        return options;
    }

    /** RESAS Ops' own account and each monitored account, by the name their scopes carry. */
    static List<Option> accounts(List<String> monitored, String selected) {
        List<Option> options = new ArrayList<>();
        options.add(new Option(SnapshotQueries.OWN_ACCOUNT, "RESAS Ops のアカウント", SnapshotQueries.OWN_ACCOUNT.equals(selected)));
        monitored.forEach(name -> options.add(new Option(name, name, name.equals(selected))));
        return options;
    }

    static Row row(SnapshotSummary s) {
        return new Row(s.id(), "/portal/ledgers/configuration/snapshots/" + s.id(), sourceLabel(s.source()),
                Jst.at(s.takenAt()), s.takenBy(), s.resources(), s.added(), s.removed(), s.changed(), s.missing().size());
    }

    static DetailView detail(Snapshot s, SnapshotFilter filter, Map<String, String> filters, List<Option> accounts,
            String query) {
        List<Resource> resources = s.resources().stream().filter(filter::covers).map(ConfigurationPageViews::resource)
                .toList();
        List<Change> diff = changes(s.diff(), filter);
        return new DetailView(s.id(), sourceLabel(s.source()), Jst.at(s.takenAt()), s.takenBy(),
                s.previousId() == null ? null : "/portal/ledgers/configuration/snapshots/" + s.previousId() + query,
                s.previousId(), s.missing().stream().map(m -> new Missing(m.scope(), m.reason())).toList(),
                diff.subList(0, Math.min(ROWS_SHOWN, diff.size())), resources.subList(0, Math.min(ROWS_SHOWN,
                resources.size())), s.resources().size(), filters, accounts,
                "/portal/ledgers/configuration/snapshots/" + s.id() + "/export.xlsx", label(filters), diff.size(),
                resources.size());
    }

    /** The diff's entries as rows (added, removed, changed), only those of the account, region and stack asked for. */
    static List<Change> changes(ConfigurationDiff diff, SnapshotFilter filter) {
        List<Change> rows = new ArrayList<>();
        diff.added().stream().filter(e -> filter.covers(e.key()))
                .forEach(e -> rows.add(new Change("追加", e.key(), e.type(), "", "", physical(e.physicalId()))));
        diff.removed().stream().filter(e -> filter.covers(e.key()))
                .forEach(e -> rows.add(new Change("削除", e.key(), e.type(), "", physical(e.physicalId()), "")));
        diff.changed().stream().filter(c -> filter.covers(c.key())).forEach(c -> rows.add(new Change("変更", c.key(),
                c.type(), c.property(), c.before() == null ? "（なし）" : c.before(), c.after() == null ? "（なし）" : c.after())));
        return rows;
    }

    private static String physical(String id) {
        return id == null ? "" : id;
    }

    private static Resource resource(ConfiguredResource r) {
        return new Resource(r.scope(), r.stack() == null ? "" : r.stack(), r.logicalId() == null ? "" : r.logicalId(),
                physical(r.physicalId()), r.type(), join(r.properties()), join(r.tags()));
    }

    private static String join(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("\n"));
    }

    private static String label(Map<String, String> filters) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("account", "アカウント");
        names.put("region", "リージョン");
        names.put("stack", "スタック");
        return names.entrySet().stream().filter(e -> !filters.getOrDefault(e.getKey(), "").isEmpty())
                .map(e -> e.getValue() + " " + (e.getKey().equals("account")
                        && SnapshotQueries.OWN_ACCOUNT.equals(filters.get("account")) ? "RESAS Ops のアカウント"
                        : filters.get(e.getKey())))
                .collect(Collectors.joining("、"));
    }
}
