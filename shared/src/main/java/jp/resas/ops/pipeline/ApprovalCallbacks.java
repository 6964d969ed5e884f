package jp.resas.ops.pipeline;

/**
 * Port: tells the waiting state machine the approver's decision (SendTaskSuccess / SendTaskFailure with
 * the task token the approval step stored). Step Functions in AWS; the in-process runner on one machine.
 */
public interface ApprovalCallbacks {

    void approved(String taskToken, RunId run);

    void rejected(String taskToken, RunId run, String comment);

    /**
     * The approver is still reviewing: the approval step's heartbeat timer starts again (its overall
     * timeout does not). Without one, an approval nobody looks at ends after the heartbeat interval.
     */
    void stillReviewing(String taskToken, RunId run);

    /** When nothing is waiting in this process: the decision stays recorded and the next approval step reads it. */
    ApprovalCallbacks RECORD_ONLY = new ApprovalCallbacks() {
        @Override
        public void approved(String taskToken, RunId run) {
        }

        @Override
        public void rejected(String taskToken, RunId run, String comment) {
        }

        @Override
        public void stillReviewing(String taskToken, RunId run) {
        }
    };
}
