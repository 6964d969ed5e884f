package jp.resas.ops.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.resas.ops.sfn.internal.engine.History;

/** One execution: its identity, status and result once finished, and its history at any time. */
public final class Execution {

    private final String arn;
    private final String name;
    private final String stateMachineName;
    private final JsonNode input;
    private final Instant startDate;
    private final History history;
    private final CompletableFuture<Execution> done = new CompletableFuture<>();
    private volatile ExecutionStatus status = ExecutionStatus.RUNNING;
    private volatile JsonNode output;
    private volatile String error;
    private volatile String cause;

    Execution(String arn, String name, String stateMachineName, JsonNode input, Instant startDate, History history) {
        this.arn = arn;
        this.name = name;
        this.stateMachineName = stateMachineName;
        this.input = input;
        this.startDate = startDate;
        this.history = history;
    }

    void finish(ExecutionStatus finalStatus, JsonNode finalOutput, String finalError, String finalCause) {
        this.output = finalOutput;
        this.error = finalError;
        this.cause = finalCause;
        this.status = finalStatus;
        done.complete(this);
    }

    History historyStore() {
        return history;
    }

    public String arn() {
        return arn;
    }

    public String name() {
        return name;
    }

    public String stateMachineName() {
        return stateMachineName;
    }

    public JsonNode input() {
        return input;
    }

    public Instant startDate() {
        return startDate;
    }

    public ExecutionStatus status() {
        return status;
    }

    /** The output of a SUCCEEDED execution, else null. */
    public JsonNode output() {
        return output;
    }

    public String error() {
        return error;
    }

    public String cause() {
        return cause;
    }

    public List<HistoryEvent> history() {
        return history.snapshot();
    }

    /** Blocks until the execution ends. */
    public Execution await() {
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + arn, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Blocks until the execution ends or {@code timeout} passes (real time). */
    public Execution await(Duration timeout) throws TimeoutException {
        try {
            return done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + arn, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** {@code {"status":"SUCCEEDED","output":…}} or {@code {"status":"FAILED","error":…,"cause":…}}. */
    public ObjectNode toJson() {
        ObjectNode out = Json.object();
        out.put("status", status.name());
        if (status == ExecutionStatus.SUCCEEDED) {
            out.set("output", output);
        } else {
            if (error != null) {
                out.put("error", error);
            }
            if (cause != null) {
                out.put("cause", cause);
            }
        }
        return out;
    }
}
