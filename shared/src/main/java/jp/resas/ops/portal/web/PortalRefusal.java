package jp.resas.ops.portal.web;

/** A page refused before any use case ran: no session (401), a role missing (403) or nothing there (404). */
public final class PortalRefusal extends RuntimeException {

    private final int status;

    private PortalRefusal(int status, String message) {
        super(message);
        this.status = status;
    }

    public static PortalRefusal noSession() {
        return new PortalRefusal(401, "ログインしていません。");
    }

    public static PortalRefusal forbidden() {
        return new PortalRefusal(403, "この操作を行う権限がありません。");
    }

    public static PortalRefusal notFound(String message) {
        return new PortalRefusal(404, message);
    }

    public int status() {
        return status;
    }
}
