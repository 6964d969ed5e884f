package jp.resas.ops.slawatch.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import jp.resas.ops.platform.settings.Setting;

/**
 * {@code resas.sla.alert-topic-arn} (env {@code RESAS_SLA_ALERT_TOPIC_ARN}, set by the ServiceDesk stack), checked at
 * start: the SNS topic {@code ticket-sla} sends SLA warnings, breaches and minutes reminders to. Unset on one machine
 * (alerts reach the timelines and the log); in Lambda the function refuses to run without it.
 */
@Context
@ConfigurationProperties("resas.sla")
public record SlaSettings(@Nullable String alertTopicArn) {

    public static final String TOPIC_PROPERTY = "resas.sla.alert-topic-arn";

    public SlaSettings {
        alertTopicArn = Setting.arn(TOPIC_PROPERTY, alertTopicArn);
    }

    public Optional<String> topic() {
        return Optional.ofNullable(alertTopicArn);
    }
}
