package jp.resas.ops.municipality;

/**
 * The JIS X 0402 check digit of a 5-digit code: weights 6, 5, 4, 3, 2; the last digit of
 * 11 minus the remainder of the weighted sum divided by 11.
 */
public final class CheckDigit {

    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    private CheckDigit() {
    }

    /** @param fiveDigits exactly five ASCII digits */
    public static char of(CharSequence fiveDigits) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (char) ('0' + (11 - sum % 11) % 10);
    }
}
