package jp.resas.ops.ledger.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An account as its system reports it: the system ({@code aws:123456789012}, {@code cognito:<pool id>},
 * {@code groupware}), its key there (user name), display name, groups or policies, when it was last used
 * (null: never, or not known), created, whether it has MFA (null: not known) and its oldest active
 * access key's age in days (IAM).
 */
public record ObservedAccount(AccountSource source, String system, String key, String name, List<String> groups,
        Instant lastUsedAt, LocalDate createdOn, Boolean mfa, Integer keyAgeDays) {

    public ObservedAccount {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(key, "key");
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
