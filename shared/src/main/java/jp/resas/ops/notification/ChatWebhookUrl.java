package jp.resas.ops.notification;

import java.net.URI;

/**
 * Where the chat webhook is (port): from configuration ({@code resas.notifications.chat.webhook-url})
 * or, in AWS, read at use from the secret the function is told about. The URL is a credential: it is
 * never logged.
 */
@FunctionalInterface
public interface ChatWebhookUrl {

    URI current();
}
