package jp.resas.ops.servicelevel;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the service level fell in {@code month} compared with the month before: an average first
 * response or resolution time of a kind and priority that grew, and an overall satisfaction that dropped.
 */
public final class ServiceLevelFalls {

    private ServiceLevelFalls() {
    }

    public static List<Fall> in(YearMonth month, List<HandlingRow> handling, List<SatisfactionRow> satisfaction) {
        List<Fall> falls = new ArrayList<>();
        for (HandlingRow now : handling) {
            if (!now.month().equals(month)) {
                continue;
            }
            handling.stream().filter(b -> b.month().equals(month.minusMonths(1)) && b.kind().equals(now.kind())
                    && b.priority().equals(now.priority())).findFirst().ifPresent(before -> {
                        worse("初回応答 平均 " + now.kind() + "/" + now.priority(), before.firstResponseAverage(),
                                now.firstResponseAverage(), falls);
                        worse("解決 平均 " + now.kind() + "/" + now.priority(), before.resolutionAverage(),
                                now.resolutionAverage(), falls);
                    });
        }
        Optional<SatisfactionRow> before = all(satisfaction, month.minusMonths(1));
        Optional<SatisfactionRow> now = all(satisfaction, month);
        if (before.isPresent() && now.isPresent() && now.get().average().compareTo(before.get().average()) < 0) {
            falls.add(new Fall("利用者満足度 平均", before.get().average(), now.get().average(), "点"));
        }
        return falls;
    }

    private static void worse(String what, BigDecimal before, BigDecimal now, List<Fall> falls) {
        if (before != null && now != null && now.compareTo(before) > 0) {
            falls.add(new Fall(what, before, now, "分"));
        }
    }

    private static Optional<SatisfactionRow> all(List<SatisfactionRow> rows, YearMonth month) {
        return rows.stream().filter(r -> r.month().equals(month) && r.channel().equals(SatisfactionRow.ALL)).findFirst();
    }
}
