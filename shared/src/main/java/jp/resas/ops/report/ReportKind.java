package jp.resas.ops.report;

import jp.resas.ops.common.InvalidInputException;

/** What a report is; the Japanese name heads the document and names its files. */
public enum ReportKind {
    MONTHLY("月次定例報告書"),
    WEEKLY("週次定例報告書"),
    INCIDENT("障害報告書"),
    ISSUES("課題管理表"),
    DATA_UPDATES("データ更新一覧"),
    DATA_SOURCES("データ出典一覧");

    private final String title;

    ReportKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static ReportKind parse(String field, String value) {
        for (ReportKind kind : values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        throw new InvalidInputException(field, field + " は MONTHLY, WEEKLY, INCIDENT, ISSUES, DATA_UPDATES, "
                + "DATA_SOURCES のいずれかを指定してください。");
    }
}
