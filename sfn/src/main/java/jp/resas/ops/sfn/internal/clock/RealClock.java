package jp.resas.ops.sfn.internal.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.resas.ops.sfn.SfnClock;

/** Wall-clock time: waits really wait ({@code --real-time}). */
public final class RealClock implements SfnClock {

    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public void sleepUntil(Instant instant) throws InterruptedException {
        long millis = Duration.between(Instant.now(), instant).toMillis();
        if (millis > 0) {
            TimeUnit.MILLISECONDS.sleep(millis);
        }
    }

    @Override
    public <T> T await(CompletableFuture<T> future, Instant deadline) throws InterruptedException, TimeoutException {
        try {
            if (deadline == null) {
                return future.get();
            }
            return future.get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
