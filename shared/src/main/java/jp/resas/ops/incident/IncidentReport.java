package jp.resas.ops.incident;

import jp.resas.ops.common.Texts;

/**
 * The sections of a 障害報告書 besides its timeline: 影響 (impact), 原因 (cause), 暫定対応
 * (workaround), 恒久対応 (permanent fix) and 再発防止策 (prevention). Any may be {@code null} until
 * written.
 */
public record IncidentReport(String impact, String cause, String workaround, String permanentFix,
        String prevention) {

    public static final int MAX_LENGTH = 8000;

    public static IncidentReport empty() {
        return new IncidentReport(null, null, null, null, null);
    }

    /** The same sections stripped, blank ones as {@code null}; refused by field when too long. */
    public IncidentReport checked() {
        return new IncidentReport(Texts.optional("impact", impact, MAX_LENGTH),
                Texts.optional("cause", cause, MAX_LENGTH), Texts.optional("workaround", workaround, MAX_LENGTH),
                Texts.optional("permanentFix", permanentFix, MAX_LENGTH),
                Texts.optional("prevention", prevention, MAX_LENGTH));
    }

    /** The Japanese names of the sections this report writes, for timelines. */
    public String sectionNames() {
        StringBuilder names = new StringBuilder();
        append(names, impact, "影響");
        append(names, cause, "原因");
        append(names, workaround, "暫定対応");
        append(names, permanentFix, "恒久対応");
        append(names, prevention, "再発防止策");
        return names.toString();
    }

    private static void append(StringBuilder names, String section, String name) {
        if (section != null) {
            names.append(names.isEmpty() ? "" : "、").append(name);
        }
    }

    /** This report with every section that {@code update} writes replaced. */
    public IncidentReport with(IncidentReport update) {
        return new IncidentReport(pick(update.impact, impact), pick(update.cause, cause),
                pick(update.workaround, workaround), pick(update.permanentFix, permanentFix),
                pick(update.prevention, prevention));
    }

    private static String pick(String newer, String older) {
        return newer != null ? newer : older;
    }
}
