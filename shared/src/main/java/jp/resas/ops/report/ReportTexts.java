package jp.resas.ops.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The report's fixed phrases and how it prints values: JST times, never a zero for a missing figure. */
public final class ReportTexts {

    public static final String NOT_COLLECTED = "取得できませんでした";
    public static final String NONE_THIS_PERIOD = "対象期間の記録はありません。";
    public static final String NOT_WRITTEN = "（未記入）";
    private static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.ofHours(9));

    private ReportTexts() {
    }

    /** A section whose records this system does not keep yet. */
    public static String notBuilt(String what) {
        return what + "の記録は本システムではまだ管理していないため、本報告書には含めていません（別途報告）。";
    }

    /** 取得できませんでした, with the reasons the collector recorded. */
    public static String notCollected(String what, List<String> reasons) {
        return what + ": " + NOT_COLLECTED + (reasons.isEmpty() ? "（収集の記録がありません）"
                : "（" + String.join("、", reasons) + "）");
    }

    public static String time(Instant at) {
        return at == null ? "" : JST.format(at);
    }

    public static String amount(BigDecimal value) {
        return value == null ? NOT_COLLECTED : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    public static String hours(Duration duration) {
        return BigDecimal.valueOf(duration.toMinutes()).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    public static String percent(long part, long whole) {
        return whole == 0 ? "-" : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP).toPlainString();
    }

    public static String orNotWritten(String text) {
        return text == null || text.isBlank() ? NOT_WRITTEN : text;
    }
}
