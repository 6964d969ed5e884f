package jp.resas.ops.sfn;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Virtual time: sleeping moves the clock forward at once, so a one-day Wait takes no real time.
 * Waiting for an external event (a task token) has no end of its own; its deadline passes when
 * the clock moves past it, through another execution's sleep or {@link #advance}.
 */
public final class VirtualClock implements SfnClock {

    private Instant now;

    public VirtualClock(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public void sleepUntil(Instant instant) {
        advanceTo(instant);
    }

    /** Moves time forward, waking executions whose deadlines have passed. */
    public void advance(Duration duration) {
        advanceTo(now().plus(duration));
    }

    private synchronized void advanceTo(Instant instant) {
        if (instant.isAfter(now)) {
            now = instant;
            notifyAll();
        }
    }

    @Override
    public <T> T await(CompletableFuture<T> future, Instant deadline) throws InterruptedException, TimeoutException {
        future.whenComplete((v, e) -> wake());
        synchronized (this) {
            while (!future.isDone()) {
                if (deadline != null && !now.isBefore(deadline)) {
                    throw new TimeoutException();
                }
                wait();
            }
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private synchronized void wake() {
        notifyAll();
    }
}
