package jp.resas.ops.portal.web;

/**
 * A page refused before any use case ran: no session (401), a role missing (403), nothing there (404) or
 * the database unreachable (503); and a page that could not be rendered (500).
 */
public final class PortalRefusal extends RuntimeException {

    private final int status;
    private final String title;

    private PortalRefusal(int status, String message) {
        this(status, switch (status) {
            case 401 -> "ログインしてください";
            case 403 -> "権限がありません";
            default -> "見つかりません";
        }, message);
    }

    private PortalRefusal(int status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    /** A state-changing request from another origin (CSRF). */
    public static PortalRefusal crossOrigin() {
        return new PortalRefusal(403, "操作を受け付けませんでした",
                "この操作は RESAS Ops の画面以外から送信されたため、安全のため処理していません。何も変更されていません。");
    }

    /** The database cannot be reached (503): nothing was read or changed. */
    public static PortalRefusal databaseUnavailable() {
        return new PortalRefusal(503, "データベースに接続できません",
                "データベースが一時的に利用できません。何も変更されていません。復旧を待ってから、もう一度お試しください。");
    }

    /** A page that could not be rendered (500): what was asked was read or done, only its page is missing. */
    public static PortalRefusal pageFailed() {
        return new PortalRefusal(500, "ページを表示できませんでした",
                "このページを表示できませんでした。画面の不具合のため、時間をおいても直らない場合は運用担当者に連絡してください。");
    }

    public String title() {
        return title;
    }

    public static PortalRefusal noSession() {
        return new PortalRefusal(401, "ログインしていません。");
    }

    public static PortalRefusal forbidden() {
        return new PortalRefusal(403, "この操作を行う権限がありません。");
    }

    /** A page asked for with something it cannot read, e.g. a forged or garbled cursor (400). */
    public static PortalRefusal badRequest(String message) {
        return new PortalRefusal(400, "ページを表示できません", message);
    }

    public static PortalRefusal notFound(String message) {
        return new PortalRefusal(404, message);
    }

    public int status() {
        return status;
    }
}
