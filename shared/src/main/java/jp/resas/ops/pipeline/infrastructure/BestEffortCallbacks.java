package jp.resas.ops.pipeline.infrastructure;

import jp.resas.ops.pipeline.ApprovalCallbacks;
import jp.resas.ops.pipeline.RunId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a waiting execution that its run went on without it (collected again, cancelled): when the
 * execution cannot be told, that is logged and the change stands; the execution ends by its own timeout.
 */
final class BestEffortCallbacks implements ApprovalCallbacks {

    private static final Logger LOG = LoggerFactory.getLogger(BestEffortCallbacks.class);

    private final ApprovalCallbacks target;

    BestEffortCallbacks(ApprovalCallbacks target) {
        this.target = target;
    }

    @Override
    public void approved(String taskToken, RunId run) {
        target.approved(taskToken, run);
    }

    @Override
    public void rejected(String taskToken, RunId run, String comment) {
        try {
            target.rejected(taskToken, run, comment);
        } catch (RuntimeException e) {
            LOG.info("the execution waiting on run {} could not be told ({}): {}", run.value(), comment, e.getMessage());
        }
    }

    @Override
    public void stillReviewing(String taskToken, RunId run) {
        target.stillReviewing(taskToken, run);
    }
}
