package jp.resas.ops.monitoring.logs;

import java.time.Duration;

/** Waits between polls; tests pass one that records instead of waiting. */
@FunctionalInterface
public interface Sleeper {
    void sleep(Duration duration);
}
