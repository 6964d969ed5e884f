package jp.resas.ops.functions.sla;

import jp.resas.ops.slawatch.AlertPublisher;
import jp.resas.ops.slawatch.SlaAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On one machine with no SNS topic configured, an SLA alert is written to the log. */
final class LoggedAlertPublisher implements AlertPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedAlertPublisher.class);

    @Override
    public void publish(SlaAlert alert) {
        LOG.warn("SLA alert (no SNS topic configured): {}", alert);
    }
}
