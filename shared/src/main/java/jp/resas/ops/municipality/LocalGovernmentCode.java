package jp.resas.ops.municipality;

import java.util.Optional;

/**
 * A 全国地方公共団体コード, kept as its five digits (without the check digit). Data files write it with
 * five digits, with six (check digit last) or with the leading zero dropped (e-Stat, spreadsheets).
 */
public record LocalGovernmentCode(String fiveDigits) {

    public LocalGovernmentCode {
        if (fiveDigits == null || fiveDigits.length() != 5 || !digits(fiveDigits)) {
            throw new IllegalArgumentException("not a five-digit code: " + fiveDigits);
        }
    }

    /** Why a text is not a code. */
    public enum Problem { FORMAT, CHECK_DIGIT }

    /** A parse that either gives the code or says what is wrong, without exceptions on the hot path. */
    public record Parsed(LocalGovernmentCode code, Problem problem) {
        public boolean ok() {
            return code != null;
        }
    }

    /** Accepts 6 digits (check digit verified), 5 digits, or 4 digits (a leading zero dropped by a spreadsheet). */
    public static Parsed parse(String text) {
        String value = text.strip();
        if (!digits(value)) {
            return new Parsed(null, Problem.FORMAT);
        }
        if (value.length() == 6) {
            return CheckDigit.of(value) == value.charAt(5)
                    ? new Parsed(new LocalGovernmentCode(value.substring(0, 5)), null)
                    : new Parsed(null, Problem.CHECK_DIGIT);
        }
        if (value.length() == 5) {
            return new Parsed(new LocalGovernmentCode(value), null);
        }
        if (value.length() == 4) {
            return new Parsed(new LocalGovernmentCode("0" + value), null);
        }
        return new Parsed(null, Problem.FORMAT);
    }

    public static Optional<LocalGovernmentCode> of(String text) {
        return Optional.ofNullable(parse(text).code());
    }

    public String sixDigits() {
        return fiveDigits + CheckDigit.of(fiveDigits);
    }

    public String prefectureDigits() {
        return fiveDigits.substring(0, 2);
    }

    /** Prefecture codes end in 000 (e.g. 13000 for 東京都); 00000 is the whole country. */
    public boolean isPrefecture() {
        return fiveDigits.endsWith("000") && !isNational();
    }

    public boolean isNational() {
        return "00000".equals(fiveDigits);
    }

    private static boolean digits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
