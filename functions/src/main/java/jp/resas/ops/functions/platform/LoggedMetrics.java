package jp.resas.ops.functions.platform;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Outside Lambda there is no CloudWatch to receive EMF: the counts go to the log instead. */
final class LoggedMetrics implements HandlerMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedMetrics.class);

    @Override
    public void publish(Map<String, Integer> counts) {
        LOG.info("metrics {}", counts);
    }
}
