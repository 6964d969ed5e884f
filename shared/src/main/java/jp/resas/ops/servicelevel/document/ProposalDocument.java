package jp.resas.ops.servicelevel.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.JapaneseEraDates;
import jp.resas.ops.common.WordTemplates;
import jp.resas.ops.servicelevel.Fall;
import jp.resas.ops.servicelevel.HandlingRow;
import jp.resas.ops.servicelevel.Proposal;
import jp.resas.ops.servicelevel.SatisfactionRow;

/**
 * The 改善提案書: {@code servicelevel/improvement-proposal.docx} filled with the month's figures (handling
 * times of the twelve months, satisfaction of the month and the one before), where the service level
 * fell, and the operator's sections — "（運用・保守事業者が記入）" while still empty.
 */
public final class ProposalDocument {

    private static final String TEMPLATE = "/servicelevel/improvement-proposal.docx";
    private static final String TO_WRITE = "（運用・保守事業者が記入）";

    private ProposalDocument() {
    }

    public static byte[] render(Proposal p, List<HandlingRow> handling, List<SatisfactionRow> satisfaction,
            List<Fall> falls, Instant printedAt) {
        Map<String, Object> data = new HashMap<>();
        data.put("documentDate", JapaneseEraDates.date(printedAt.atOffset(ZoneOffset.ofHours(9)).toLocalDate()));
        data.put("title", p.title());
        data.put("month", JapaneseEraDates.month(p.month()));
        data.put("author", p.author());
        data.put("statusLabel", p.status().label() + (p.decidedBy() == null ? "" : "（" + p.decidedBy() + "）"));
        data.put("handling", handling.stream().map(r -> Map.of("month", JapaneseEraDates.month(r.month()),
                "kind", r.kind(), "priority", r.priority(), "opened", String.valueOf(r.opened()),
                "frAvg", hours(r.firstResponseAverage()), "frMedian", hours(r.firstResponseMedian()),
                "resAvg", hours(r.resolutionAverage()), "resMedian", hours(r.resolutionMedian()))).toList());
        data.put("satisfaction", satisfaction.stream().map(r -> Map.of("month", JapaneseEraDates.month(r.month()),
                "channel", r.channel().equals(SatisfactionRow.ALL) ? "全体" : r.channel(),
                "ratings", String.valueOf(r.ratings()), "average", r.average().toPlainString())).toList());
        data.put("falls", falls.isEmpty() ? List.of(Map.of("what", "低下した項目はありません", "before", "", "now", ""))
                : falls.stream().map(f -> Map.of("what", f.what(), "before", figure(f), "now", figureNow(f))).toList());
        data.put("proposal", orToWrite(p.proposal()));
        data.put("expectedEffect", orToWrite(p.expectedEffect()));
        data.put("cost", orToWrite(p.cost()));
        return WordTemplates.fill(TEMPLATE, data, "handling", "satisfaction", "falls");
    }

    /** Business minutes shown as hours, one decimal; "-" when there is no figure. */
    static String hours(BigDecimal minutes) {
        return minutes == null ? "-" : minutes.divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String figure(Fall f) {
        return f.unit().equals("分") ? hours(f.before()) + " 時間" : f.before().toPlainString() + " 点";
    }

    private static String figureNow(Fall f) {
        return f.unit().equals("分") ? hours(f.now()) + " 時間" : f.now().toPlainString() + " 点";
    }

    private static String orToWrite(String text) {
        return text == null ? TO_WRITE : text;
    }
}
