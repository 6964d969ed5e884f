package jp.resas.ops.dataset.spec;

/**
 * Municipalities (wards of designated cities excluded, so nothing counts twice) must add up to their
 * prefecture's row, for every period, category and measure, within {@code tolerance} (absolute, e.g.
 * 0.5 for figures rounded to units). Groups with a suppressed cell cannot be checked and are skipped.
 */
public record TotalsRule(double tolerance) {
}
