package jp.resas.ops.access;

/** A log file that is not a CloudFront standard log; the message names the file and line. */
public final class AccessLogFormatException extends RuntimeException {

    public AccessLogFormatException(String message) {
        super(message);
    }
}
