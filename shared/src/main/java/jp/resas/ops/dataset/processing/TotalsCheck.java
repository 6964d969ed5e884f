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

    private final Map<String, Group> groups = new HashMap<>();

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

    /** Groups with a prefecture row and every cell known must add up within the tolerance. */
    public static void check(Map<String, Partial> groups, TotalsRule rule, Findings findings) {
        groups.forEach((key, group) -> {
            if (group.prefecture() == null || group.incomplete()
                    || Math.abs(group.municipalities() - group.prefecture()) <= rule.tolerance()) {
                return;
            }
            String[] parts = key.split("\\|", -1);
            findings.error("totals", group.prefectureLine(), parts[3], format(group.prefecture()),
                    "市区町村の合計 " + format(group.municipalities()) + " が都道府県（" + parts[0] + "000）の値 "
                            + format(group.prefecture()) + " と一致しません（期間 " + parts[1] + "、分類 " + parts[2]
                            + "、許容差 " + format(rule.tolerance()) + "）。");
        });
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
