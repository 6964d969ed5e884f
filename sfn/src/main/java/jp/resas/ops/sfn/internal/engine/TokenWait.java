package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import jp.resas.ops.sfn.StatesError;

/** Waits for a task token's callback, enforcing TimeoutSeconds and HeartbeatSeconds on the clock. */
final class TokenWait {

    private TokenWait() {
    }

    static JsonNode await(ExecutionRun run, TaskTokens.Pending pending, Long timeout, Long heartbeat) {
        Instant timeoutAt = timeout == null ? null : run.clock().now().plusSeconds(timeout);
        if (run.deadline != null && (timeoutAt == null || run.deadline.isBefore(timeoutAt))) {
            timeoutAt = run.deadline;
        }
        while (true) {
            Instant heartbeatAt = heartbeat == null ? null : pending.lastHeartbeat.plusSeconds(heartbeat);
            Instant deadline = earliest(timeoutAt, heartbeatAt);
            try {
                TaskTokens.Outcome outcome = run.clock().await(pending.outcome, deadline);
                if (outcome.error() != null || outcome.output() == null) {
                    throw new StatesError(outcome.error(), outcome.cause());
                }
                return outcome.output();
            } catch (TimeoutException e) {
                Instant now = run.clock().now();
                if (timeoutAt != null && !now.isBefore(timeoutAt)) {
                    if (timeoutAt.equals(run.deadline)) {
                        throw new ExecutionTimedOut();
                    }
                    throw new StatesError(StatesError.TIMEOUT, null);
                }
                if (heartbeat != null && !now.isBefore(pending.lastHeartbeat.plusSeconds(heartbeat))) {
                    throw new StatesError(StatesError.HEARTBEAT_TIMEOUT, null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StatesError(StatesError.RUNTIME, "The execution was interrupted while waiting for a task token");
            }
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
