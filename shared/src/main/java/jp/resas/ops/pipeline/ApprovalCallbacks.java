package jp.resas.ops.pipeline;

/**
 * Port: tells the waiting state machine the approver's decision (SendTaskSuccess / SendTaskFailure with
 * the task token the approval step stored). Step Functions in AWS; the in-process runner on one machine.
 */
public interface ApprovalCallbacks {

    void approved(String taskToken, RunId run);

    void rejected(String taskToken, RunId run, String comment);

    /** When nothing is waiting in this process: the decision stays recorded and the next approval step reads it. */
    ApprovalCallbacks RECORD_ONLY = new ApprovalCallbacks() {
        @Override
        public void approved(String taskToken, RunId run) {
        }

        @Override
        public void rejected(String taskToken, RunId run, String comment) {
        }
    };
}
