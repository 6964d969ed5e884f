package jp.resas.ops.notification;

/**
 * Starts a notification sweep soon, without waiting for it: what the alarm intake (and the incident API
 * after a person's change) does when an incident of severity 1–2 waits for its page (in AWS an asynchronous
 * invoke of {@code incident-notify}; on one machine the sweep runs in-process).
 */
public interface SweepTrigger {

    void sweepSoon();
}
