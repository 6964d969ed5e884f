package jp.resas.ops.sfn;

import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.sfn.internal.lambda.LambdaIntegration;
import jp.resas.ops.sfn.internal.task.AwsSdkS3Integration;
import jp.resas.ops.sfn.internal.task.MessagingIntegrations;
import jp.resas.ops.sfn.internal.task.TaskIntegrations;

/**
 * How a {@link Runner} runs: its clock, where Task resources go, the object store, the account and
 * region that appear in ARNs, how many finished executions it remembers, and how many Parallel branches
 * or Map iterations run at once. Build with {@link #builder()}.
 */
public record RunnerConfig(SfnClock clock, TaskIntegrations integrations, ObjectStore store, Outbox outbox,
                           String region, String account, int retainedExecutions, int concurrency) {

    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_ACCOUNT = "123456789012";
    /** Finished executions a runner remembers (status, output, history); older ones are forgotten first. */
    public static final int DEFAULT_RETAINED_EXECUTIONS = 1000;
    /** Parallel branches and Map iterations running at once in one runner, whatever MaxConcurrency allows. */
    public static final int DEFAULT_CONCURRENCY = 8;

    public static Builder builder() {
        return new Builder();
    }

    /** Defaults: virtual clock, in-memory object store, region {@code us-east-1}, account 123456789012. */
    public static final class Builder {
        private SfnClock clock = SfnClock.virtual();
        private ObjectStore store = new InMemoryObjectStore();
        private String region = DEFAULT_REGION;
        private String account = DEFAULT_ACCOUNT;
        private final List<TaskIntegration> integrations = new ArrayList<>();
        private LambdaFunctions lambdas;
        private int retainedExecutions = DEFAULT_RETAINED_EXECUTIONS;
        private int concurrency = DEFAULT_CONCURRENCY;

        public Builder clock(SfnClock value) {
            this.clock = value;
            return this;
        }

        public Builder realTime(boolean realTime) {
            this.clock = realTime ? SfnClock.real() : SfnClock.virtual();
            return this;
        }

        public Builder objectStore(ObjectStore value) {
            this.store = value;
            return this;
        }

        public Builder region(String value) {
            this.region = value;
            return this;
        }

        public Builder account(String value) {
            this.account = value;
            return this;
        }

        /** Where Lambda tasks (both resource forms) find their functions; later calls add fallbacks. */
        public Builder lambdas(LambdaFunctions value) {
            this.lambdas = lambdas == null ? value : lambdas.orElse(value);
            return this;
        }

        /** Adds an integration, tried before the built-in ones. */
        public Builder integration(TaskIntegration value) {
            integrations.add(value);
            return this;
        }

        /**
         * How many finished executions the runner keeps (oldest forgotten first); running ones are always kept.
         *
         * @throws IllegalArgumentException when below 1
         */
        public Builder retainedExecutions(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("retainedExecutions must be at least 1, was " + value);
            }
            this.retainedExecutions = value;
            return this;
        }

        /**
         * The size of the pool running Parallel branches and Map iterations (1: one after another).
         *
         * @throws IllegalArgumentException when below 1
         */
        public Builder concurrency(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, was " + value);
            }
            this.concurrency = value;
            return this;
        }

        public RunnerConfig build() {
            List<TaskIntegration> all = new ArrayList<>(integrations);
            all.add(new LambdaIntegration(lambdas == null ? name -> java.util.Optional.empty() : lambdas, region,
                    account));
            all.add(new AwsSdkS3Integration(store));
            Outbox outbox = new Outbox();
            all.add(new MessagingIntegrations(outbox));
            return new RunnerConfig(clock, new TaskIntegrations(all), store, outbox, region, account, retainedExecutions,
                    concurrency);
        }
    }
}
