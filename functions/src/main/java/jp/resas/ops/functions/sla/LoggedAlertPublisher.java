package jp.resas.ops.functions.sla;

import jp.resas.ops.meeting.MinutesAlert;
import jp.resas.ops.slawatch.SlaAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On one machine with no SNS topic configured, an SLA alert is written to the log. */
final class LoggedAlertPublisher implements SchedulePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedAlertPublisher.class);

    @Override
    public void publish(SlaAlert alert) {
        LOG.warn("SLA alert (no SNS topic configured): {}", alert);
    }

    @Override
    public void publish(MinutesAlert alert) {
        LOG.warn("Minutes alert (no SNS topic configured): {}", alert);
    }
}
