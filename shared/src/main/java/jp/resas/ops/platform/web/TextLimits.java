package jp.resas.ops.platform.web;

import java.util.Set;

/**
 * The longest text an API request body may hold, field by field: {@value #DEFAULT} characters for any
 * text (names, titles, codes, references), {@value #LONG} for the free-text fields named in
 * {@link #LONG_FIELDS} (descriptions, bodies, notes, report sections). A backstop applied by
 * {@link StrictJson} to every text of every request body; the domain may refuse shorter values.
 */
final class TextLimits {

    static final int DEFAULT = 500;
    static final int LONG = 20_000;

    /** Free-text fields: descriptions, bodies, notes, comments and report sections of every kind. */
    static final Set<String> LONG_FIELDS = Set.of("description", "body", "text", "note", "comment", "reason",
            "impact", "cause", "workaround", "permanentFix", "prevention", "risk", "rollbackPlan", "target",
            "dataScope", "result", "deliverable", "answer", "investigationReport", "resolution",
            "implementationNote", "verification");

    private TextLimits() {
    }

    /** The longest value {@code field} (its JSON name; {@code null} inside a list) may hold. */
    static int of(String field) {
        return field != null && LONG_FIELDS.contains(field) ? LONG : DEFAULT;
    }
}
