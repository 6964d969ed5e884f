package jp.resas.ops.functions.sla;

import java.util.Map;
import jp.resas.ops.meeting.MinutesAlert;
import jp.resas.ops.slawatch.SlaAlert;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;

/**
 * Publishes an SLA alert to the topic: the Japanese message as body, and attributes subscribers can
 * filter on (ticket type, level).
 */
final class SnsAlertPublisher implements SchedulePublisher {

    private final SnsClient sns;
    private final String topicArn;

    SnsAlertPublisher(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void publish(SlaAlert alert) {
        sns.publish(request -> request.topicArn(topicArn)
                .subject(subject(alert))
                .message(alert.title() + "\n" + alert.message())
                .messageAttributes(Map.of(
                        "ticketType", text(alert.type().name()),
                        "ticketId", text(String.valueOf(alert.ticketId())),
                        "level", text(alert.level().name()),
                        "clock", text(alert.clock().name()))));
    }

    /** A minutes reminder or breach: the meeting's title and the Japanese message, filterable as a ticket's. */
    @Override
    public void publish(MinutesAlert alert) {
        sns.publish(request -> request.topicArn(topicArn)
                .subject("RESAS Ops minutes " + alert.level() + " meeting #" + alert.meetingId())
                .message(alert.title() + "\n" + alert.message())
                .messageAttributes(Map.of(
                        "ticketType", text("MEETING_MINUTES"),
                        "ticketId", text(String.valueOf(alert.meetingId())),
                        "level", text(alert.level().name()))));
    }

    /** SNS subjects must be ASCII-safe and short for e-mail subscribers; the body carries the Japanese. */
    private static String subject(SlaAlert alert) {
        return "RESAS Ops SLA " + alert.level() + " " + alert.type() + " #" + alert.ticketId();
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
