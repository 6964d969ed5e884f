package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import jp.resas.ops.sfn.SfnClock;
import jp.resas.ops.sfn.StatesError;

/** Tokens issued to {@code .waitForTaskToken} tasks, and the callbacks that complete them. */
public final class TaskTokens {

    /** What a callback reported: output on success, error and cause on failure. */
    public record Outcome(JsonNode output, String error, String cause) {
    }

    /** A token waiting for its callback; heartbeats move {@link #lastHeartbeat}. */
    public static final class Pending {
        final String token;
        final String executionArn;
        final String stateName;
        final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        volatile Instant lastHeartbeat;

        Pending(String token, String executionArn, String stateName, Instant issued) {
            this.token = token;
            this.executionArn = executionArn;
            this.stateName = stateName;
            this.lastHeartbeat = issued;
        }

        public String token() {
            return token;
        }

        public String executionArn() {
            return executionArn;
        }

        public String stateName() {
            return stateName;
        }
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final SfnClock clock;

    public TaskTokens(SfnClock clock) {
        this.clock = clock;
    }

    Pending issue(String executionArn, String stateName) {
        String token = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        Pending p = new Pending(token, executionArn, stateName, clock.now());
        pending.put(token, p);
        synchronized (this) {
            notifyAll();
        }
        return p;
    }

    /**
     * Blocks (real time) until a token of {@code executionArn} is awaited, or {@code timeoutMillis}
     * passes; returns null then. Lets callers answer a callback without polling.
     */
    public synchronized Pending await(String executionArn, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            for (Pending p : pending.values()) {
                if (p.executionArn.equals(executionArn) && !p.outcome.isDone()) {
                    return p;
                }
            }
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return null;
            }
            wait(left);
        }
    }

    void forget(Pending p) {
        pending.remove(p.token);
    }

    /** Tokens currently awaited, oldest first is not guaranteed. */
    public List<Pending> pending() {
        return List.copyOf(pending.values());
    }

    public void succeed(String token, JsonNode output) {
        find(token).outcome.complete(new Outcome(output, null, null));
    }

    public void fail(String token, String error, String cause) {
        find(token).outcome.complete(new Outcome(null, error == null ? StatesError.TASK_FAILED : error, cause));
    }

    public void heartbeat(String token) {
        find(token).lastHeartbeat = clock.now();
    }

    private Pending find(String token) {
        Pending p = pending.get(token);
        if (p == null) {
            throw new StatesError("TaskTimedOut", "Task Timed Out: 'Provided task does not exist anymore'");
        }
        return p;
    }
}
