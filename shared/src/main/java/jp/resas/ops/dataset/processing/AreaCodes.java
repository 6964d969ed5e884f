package jp.resas.ops.dataset.processing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.resas.ops.dataset.spec.ColumnType;
import jp.resas.ops.municipality.CheckDigit;
import jp.resas.ops.municipality.LocalGovernmentCode;
import jp.resas.ops.municipality.MunicipalityRegister;

/**
 * Checks and normalises area codes, remembering each distinct text's verdict: a file repeats the same
 * two thousand codes millions of times. The memory is capped so a file of garbage cannot exhaust it.
 */
final class AreaCodes {

    /** A verdict: the five-digit code and whether it is a ward, or the rule broken and the message. */
    record Verdict(String code, boolean ward, boolean prefecture, String rule, String message) {
    }

    private static final int CACHE_LIMIT = 100_000;

    private final ColumnType type;
    private final LocalDate referenceDate;
    private final MunicipalityRegister register;
    private final Map<String, Verdict> seen = new HashMap<>();

    AreaCodes(ColumnType type, LocalDate referenceDate, MunicipalityRegister register) {
        this.type = type;
        this.referenceDate = referenceDate;
        this.register = register;
    }

    Verdict check(String text) {
        Verdict verdict = seen.get(text);
        if (verdict == null) {
            verdict = judge(text.strip());
            if (seen.size() < CACHE_LIMIT) {
                seen.put(text, verdict);
            }
        }
        return verdict;
    }

    private Verdict judge(String text) {
        return switch (type) {
            case MUNICIPALITY_CODE -> municipality(text);
            case PREFECTURE_CODE -> prefecture(text);
            default -> new Verdict(text, false, false, null, null);
        };
    }

    private Verdict municipality(String text) {
        LocalGovernmentCode.Parsed parsed = LocalGovernmentCode.parse(text);
        if (parsed.problem() == LocalGovernmentCode.Problem.CHECK_DIGIT) {
            return refused("check-digit", "検査数字が正しくありません: 「" + text + "」（正しい6桁コードは "
                    + text.substring(0, 5) + CheckDigit.of(text) + "）");
        }
        if (!parsed.ok()) {
            return refused("code-format", "地方公共団体コードの形式ではありません: 「" + text + "」（5桁、または検査数字付きの6桁）");
        }
        LocalGovernmentCode code = parsed.code();
        if (!register.existsAt(code, referenceDate)) {
            return refused("code-not-existing", "基準日 " + referenceDate + " に存在しない地方公共団体コードです: 「" + text + "」");
        }
        return new Verdict(code.fiveDigits(), register.isWard(code), code.isPrefecture(), null, null);
    }

    private Verdict prefecture(String text) {
        String candidate = text.length() <= 2 && !text.isEmpty() ? "0".repeat(2 - text.length()) + text + "000" : text;
        LocalGovernmentCode.Parsed parsed = LocalGovernmentCode.parse(candidate);
        if (parsed.problem() == LocalGovernmentCode.Problem.CHECK_DIGIT) {
            return refused("check-digit", "検査数字が正しくありません: 「" + text + "」");
        }
        if (!parsed.ok() || !parsed.code().isPrefecture() && !parsed.code().isNational()
                || !register.existsAt(parsed.code(), referenceDate)) {
            return refused("code-format", "都道府県コードではありません: 「" + text + "」（01〜47、または5桁・6桁の都道府県コード）");
        }
        return new Verdict(parsed.code().fiveDigits(), false, parsed.code().isPrefecture(), null, null);
    }

    private static Verdict refused(String rule, String message) {
        return new Verdict(null, false, false, rule, message);
    }
}
