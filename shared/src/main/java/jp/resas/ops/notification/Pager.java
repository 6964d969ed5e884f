package jp.resas.ops.notification;

/** Sends a notification (port): SNS to e-mail, and a chat webhook where one is configured. */
public interface Pager {

    void send(Notification notification);
}
