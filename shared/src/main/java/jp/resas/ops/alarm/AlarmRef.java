package jp.resas.ops.alarm;

import java.util.Objects;

/** An alarm's identity (its ARN) and the names that come with it. */
public record AlarmRef(String arn, String name, String accountId, String region) {

    public AlarmRef {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
    }
}
