package jp.resas.ops.common;

/**
 * A request that was well formed but clashes with the record's current state: a stale
 * {@code version}, a transition the lifecycle does not allow, a missing approval. Answered 409.
 */
public final class ConflictException extends RuntimeException {

    private final String code;
    private final String field;

    public ConflictException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    /** The record changed since the client read it (optimistic locking). */
    public static ConflictException staleVersion(long expected, long actual) {
        return new ConflictException("STALE_VERSION", "version", "他の利用者が先に更新しました (version " + expected
                + " を指定、現在は " + actual + ")。最新の内容を取得してからやり直してください。");
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
