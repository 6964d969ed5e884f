package jp.resas.ops.pipeline;

/** Where one business step of a run is: started (a process step while chunks load), done, or failed. */
public enum StepStatus {
    STARTED, SUCCEEDED, FAILED
}
