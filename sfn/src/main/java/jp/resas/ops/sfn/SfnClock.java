package jp.resas.ops.sfn;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import jp.resas.ops.sfn.internal.clock.RealClock;

/**
 * Time as executions see it. The virtual clock makes waits, retry intervals and timeouts
 * instantaneous; the real clock waits for real.
 */
public interface SfnClock {

    Instant now();

    /** Blocks (really or virtually) until {@code instant}. */
    void sleepUntil(Instant instant) throws InterruptedException;

    /**
     * Waits for {@code future} until {@code deadline} (null: no deadline). On the virtual clock the
     * deadline passes only when someone advances the clock, e.g. a test calling {@link VirtualClock#advance}.
     */
    <T> T await(CompletableFuture<T> future, Instant deadline) throws InterruptedException, TimeoutException;

    static VirtualClock virtual() {
        return new VirtualClock(Instant.now());
    }

    static SfnClock real() {
        return new RealClock();
    }

    default void sleep(Duration duration) throws InterruptedException {
        sleepUntil(now().plus(duration));
    }
}
