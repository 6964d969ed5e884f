package jp.resas.ops.dataset.processing;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import jp.resas.ops.dataset.spec.TotalsRule;

/**
 * Sums municipalities per prefecture, period, category and measure while rows stream by (memory grows
 * with those groups, not with rows). Chunks keep partial sums that are merged before the check.
 */
public final class TotalsCheck {

    /** A group's sums so far; {@code incomplete} when a cell was suppressed or missing, so it cannot be checked. */
    public record Partial(double municipalities, Double prefecture, long prefectureLine, boolean incomplete) {

        Partial merge(Partial other) {
            return new Partial(municipalities + other.municipalities,
                    prefecture != null ? prefecture : other.prefecture,
                    prefecture != null ? prefectureLine : other.prefectureLine, incomplete || other.incomplete);
        }
    }

    private static final class Group {
        double municipalities;
        Double prefecture;
        long prefectureLine;
        boolean incomplete;
    }

    /** The scope of a dropped row whose prefecture is not known: every group of the file. */
    public static final String WHOLE_FILE = "*";

    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();

    /**
     * A row of prefecture {@code scope} (two digits, or {@link #WHOLE_FILE}) could not be read or was dropped
     * for an error: its groups cannot be checked.
     */
    void skip(String scope, long line) {
        skipped.merge(scope, line, Math::min);
    }

    /** The scopes skipped so far with their first line. */
    public Map<String, Long> skipped() {
        return Map.copyOf(skipped);
    }

    public static Map<String, Long> mergeSkipped(Map<String, Long> into, Map<String, Long> part) {
        Map<String, Long> result = new TreeMap<>(into);
        if (part != null) {
            part.forEach((scope, line) -> result.merge(scope, line, Math::min));
        }
        return result;
    }

    void add(AreaCodes.Verdict area, Observation observation) {
        if (area.code().equals("00000") || area.ward()) {
            return;
        }
        String key = area.code().substring(0, 2) + '|' + observation.period() + '|' + observation.category() + '|'
                + observation.measure();
        Group group = groups.computeIfAbsent(key, k -> new Group());
        boolean known = observation.status() == ValueStatus.VALUE;
        double value = known ? Double.parseDouble(observation.value()) : 0;
        if (area.prefecture()) {
            group.prefecture = value;
            group.prefectureLine = observation.line();
            group.incomplete |= !known;
        } else {
            group.municipalities += value;
            group.incomplete |= !known;
        }
    }

    public Map<String, Partial> partials() {
        Map<String, Partial> result = new TreeMap<>();
        groups.forEach((key, group) -> result.put(key, new Partial(group.municipalities, group.prefecture,
                group.prefectureLine, group.incomplete)));
        return result;
    }

    public static Map<String, Partial> merge(Map<String, Partial> into, Map<String, Partial> part) {
        Map<String, Partial> result = new TreeMap<>(into);
        part.forEach((key, partial) -> result.merge(key, partial, Partial::merge));
        return result;
    }

    /**
     * Groups with a prefecture row and every cell known must add up within the tolerance. Groups with a row
     * that could not be read or was dropped ({@code skipped}) are not checked (a sum without that row would
     * be a false error); that is said once per prefecture, or once for the file when the prefecture of such
     * a row is not known.
     */
    public static void check(Map<String, Partial> groups, Map<String, Long> skipped, TotalsRule rule, Findings findings) {
        Map<String, Integer> unchecked = new TreeMap<>();
        Long wholeFile = skipped.get(WHOLE_FILE);
        groups.forEach((key, group) -> {
            if (group.prefecture() == null || group.incomplete()) {
                return;
            }
            String prefecture = key.substring(0, 2);
            if (wholeFile != null || skipped.containsKey(prefecture)) {
                unchecked.merge(wholeFile != null ? WHOLE_FILE : prefecture, 1, Integer::sum);
                return;
            }
            if (Math.abs(group.municipalities() - group.prefecture()) <= rule.tolerance()) {
                return;
            }
            String[] parts = key.split("\\|", -1);
            findings.error("totals", group.prefectureLine(), parts[3], format(group.prefecture()),
                    "市区町村の合計 " + format(group.municipalities()) + " が都道府県（" + parts[0] + "000）の値 "
                            + format(group.prefecture()) + " と一致しません（期間 " + parts[1] + "、分類 " + parts[2]
                            + "、許容差 " + format(rule.tolerance()) + "）。");
        });
        unchecked.forEach((scope, count) -> findings.warning("totals-skipped", skipped.get(scope), "", "",
                (scope.equals(WHOLE_FILE) ? "ファイル全体" : "都道府県（" + scope + "000）") + "の合計チェック（" + count
                        + " グループ）を行いませんでした: " + skipped.get(scope)
                        + " 行目など、読めなかった行またはエラーで除外された行があり、合計が正しく比べられないためです。"));
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
