package jp.resas.ops.alarm;

import java.time.Instant;
import java.util.Objects;

/** One thing CloudWatch told us about an alarm. */
public sealed interface AlarmNotice {

    AlarmRef alarm();

    Instant changedAt();

    DeliveryRoute route();

    /** The alarm entered {@code state} at {@code changedAt}; identity is (ARN, state, changedAt). */
    record StateChange(AlarmRef alarm, AlarmKind kind, AlarmState state, Instant changedAt, String reason,
            DeliveryRoute route) implements AlarmNotice {
        public StateChange {
            Objects.requireNonNull(alarm, "alarm");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(changedAt, "changedAt");
            Objects.requireNonNull(route, "route");
            reason = reason == null ? "" : reason;
        }
    }

    /** The alarm was created, updated or deleted ({@code operation}); it never opens an incident. */
    record ConfigurationChange(AlarmRef alarm, AlarmKind kind, String operation, Instant changedAt,
            DeliveryRoute route) implements AlarmNotice {
        public ConfigurationChange {
            Objects.requireNonNull(alarm, "alarm");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(changedAt, "changedAt");
            Objects.requireNonNull(route, "route");
        }
    }
}
