package jp.resas.ops.sfn.internal.intrinsic;

/** An intrinsic function was called with arguments it cannot accept; surfaces as States.Runtime. */
public final class IntrinsicException extends RuntimeException {

    public IntrinsicException(String message) {
        super(message, null, false, false);
    }
}
