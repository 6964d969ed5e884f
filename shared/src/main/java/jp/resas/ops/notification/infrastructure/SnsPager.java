package jp.resas.ops.notification.infrastructure;

import java.util.HashMap;
import java.util.Map;
import jp.resas.ops.notification.Notification;
import jp.resas.ops.notification.Pager;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes a notification to the SNS topic (e-mail and SMS subscriptions). The subject is ASCII, as
 * SNS requires of e-mail subjects; the Japanese is in the body, with the link. Attributes let a
 * subscription filter: {@code kind}, and {@code contact} (the rota contact's e-mail) when there is one.
 * The SDK's standard retries (with backoff) run inside {@code publish}; what still fails throws.
 */
final class SnsPager implements Pager {

    private static final int SUBJECT_LIMIT = 99;

    private final SnsClient sns;
    private final String topicArn;

    SnsPager(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void send(Notification notification) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        attributes.put("kind", text(notification.kind().name()));
        if (notification.contact() != null) {
            attributes.put("contact", text(notification.contact().email()));
        }
        sns.publish(request -> request.topicArn(topicArn)
                .subject(subject(notification.subject()))
                .message(notification.body() + (notification.portalLink() == null
                        || notification.body().contains(notification.portalLink()) ? "" : "\n" + notification.portalLink()))
                .messageAttributes(attributes));
    }

    @Override
    public String channel() {
        return "sns";
    }

    /** Printable ASCII only, no line breaks, under 100 characters (SNS refuses other subjects). */
    static String subject(String subject) {
        String ascii = subject.replaceAll("[^\\x20-\\x7E]", "?").strip();
        return ascii.length() > SUBJECT_LIMIT ? ascii.substring(0, SUBJECT_LIMIT) : ascii;
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
