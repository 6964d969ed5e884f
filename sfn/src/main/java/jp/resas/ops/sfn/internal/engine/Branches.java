package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.internal.asl.Definition;
import jp.resas.ops.sfn.internal.asl.State;

/**
 * Runs Parallel branches and Map iterations at once, on threads bounded by the runner's concurrency.
 * A branch that finds no free thread runs on its caller's thread, so nested Parallels and Maps never
 * wait for a thread held by their own parent.
 */
public final class Branches implements AutoCloseable {

    /** What one branch or iteration ended with: its output, or what it threw. */
    record Outcome(JsonNode output, RuntimeException failure) {
    }

    private final Semaphore threads;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sfn-branch");
        t.setDaemon(true);
        return t;
    });

    /** {@code concurrency} threads at most besides the callers' (1: one branch after another). */
    public Branches(int concurrency) {
        this.threads = new Semaphore(Math.max(0, concurrency - 1));
    }

    /**
     * Runs {@code work} for indices {@code 0..count-1}, at most {@code maxConcurrency} at once (0: as many as
     * the pool allows) and starting them in index order. With {@code stopOnFailure}, once index k fails no
     * index above k starts and those running are interrupted, while the indices below k run to their end:
     * the lowest failing index is then the one a run one after another would have met.
     *
     * @return the outcome of each index; null for an index that did not run
     */
    Outcome[] run(int count, int maxConcurrency, boolean stopOnFailure, IntFunction<JsonNode> work) {
        Outcome[] outcomes = new Outcome[count];
        AtomicReferenceArray<Future<?>> running = new AtomicReferenceArray<>(count);
        AtomicInteger firstFailure = new AtomicInteger(Integer.MAX_VALUE);
        Semaphore inFlight = maxConcurrency > 0 ? new Semaphore(maxConcurrency) : null;
        try {
            for (int i = 0; i < count && !(stopOnFailure && i > firstFailure.get()); i++) {
                if (inFlight != null) {
                    inFlight.acquire();
                }
                int index = i;
                Runnable task = () -> {
                    try {
                        outcomes[index] = new Outcome(work.apply(index), null);
                    } catch (RuntimeException e) {
                        outcomes[index] = new Outcome(null, e);
                        if (stopOnFailure) {
                            cancelAbove(running, firstFailure.accumulateAndGet(index, Math::min));
                        }
                    } finally {
                        if (inFlight != null) {
                            inFlight.release();
                        }
                    }
                };
                if (count > 1 && threads.tryAcquire()) {
                    running.set(index, pool.submit(() -> {
                        try {
                            task.run();
                        } finally {
                            threads.release();
                        }
                    }));
                    if (stopOnFailure && index > firstFailure.get()) {
                        running.get(index).cancel(true);
                    }
                } else {
                    task.run();
                }
            }
            for (int i = 0; i < count; i++) {
                await(running.get(i));
            }
            return outcomes;
        } catch (InterruptedException e) {
            cancelAbove(running, -1);
            Thread.currentThread().interrupt();
            throw new StatesError(StatesError.RUNTIME, "The execution was interrupted while its branches ran");
        }
    }

    /**
     * Whether branches of these graphs gain from running at once: they can wait (Task, Wait) or fan out
     * again (Parallel, Map). Pure data shaping (Pass, Choice, Succeed, Fail) runs faster one after another
     * on the caller's thread, with the same results and history.
     */
    static boolean worthThreads(List<Definition> graphs) {
        for (Definition graph : graphs) {
            for (State s : graph.states().values()) {
                if (s instanceof State.Task || s instanceof State.Wait || s instanceof State.Parallel
                        || s instanceof State.Map) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void await(Future<?> future) throws InterruptedException {
        if (future == null) {
            return;
        }
        try {
            future.get();
        } catch (CancellationException ignored) {
            // stopped after a lower index failed: its outcome does not count
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void cancelAbove(AtomicReferenceArray<Future<?>> running, int index) {
        for (int i = index + 1; i < running.length(); i++) {
            Future<?> f = running.get(i);
            if (f != null) {
                f.cancel(true);
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
