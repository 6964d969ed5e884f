package jp.resas.ops.ledger.asset;

/** A discovery scope that could not be read in full (access denied, the service unreachable after retries). */
public final class SourceUnavailableException extends RuntimeException {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
