package jp.resas.ops.notification;

/**
 * Sends a notification (port): SNS to e-mail, a chat webhook where one is configured, or the log.
 * {@link #send} throws when the message was not accepted; the outbox records that and tries again.
 */
public interface Pager {

    void send(Notification notification);

    /** The channel's name in the outbox ({@code sns}, {@code chat}, {@code log}): one delivery each. */
    default String channel() {
        return "default";
    }
}
