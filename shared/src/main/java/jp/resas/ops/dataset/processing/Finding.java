package jp.resas.ops.dataset.processing;

/**
 * One validation result: which rule, where (file, 1-based line, column header), the offending value and
 * a Japanese message for the portal. Line 0 means the file as a whole.
 */
public record Finding(Severity severity, String rule, String file, long line, String column, String value,
        String message) {
}
