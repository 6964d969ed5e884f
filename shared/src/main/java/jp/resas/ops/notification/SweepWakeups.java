package jp.resas.ops.notification;

import java.time.Instant;

/**
 * Wakes the notification sweep once at a given time: how the sweep re-arms itself while a page waits for
 * its acknowledgement or a delivery for its retry (in AWS a one-time EventBridge Scheduler schedule; on
 * one machine a timer). Arming the same time twice wakes the sweep once.
 */
public interface SweepWakeups {

    void wakeAt(Instant at);
}
