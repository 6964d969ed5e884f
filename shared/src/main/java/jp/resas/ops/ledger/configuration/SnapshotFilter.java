package jp.resas.ops.ledger.configuration;

import java.time.Instant;
import java.util.Optional;

/**
 * Which snapshots a list shows: of one source, taken in {@code [from, until)}, and whose diff touched a
 * resource of one account ({@code ""}: RESAS Ops' own; otherwise a monitored account's name), region or
 * stack — the history of that part of the configuration. Every part is optional.
 */
public record SnapshotFilter(Optional<ConfigurationSource> source, Optional<String> account, Optional<String> region,
        Optional<String> stack, Optional<Instant> from, Optional<Instant> until) {

    public static final SnapshotFilter ALL = new SnapshotFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    /** Whether the list is narrowed to the changes of an account, region or stack. */
    public boolean byScope() {
        return account.isPresent() || region.isPresent() || stack.isPresent();
    }

    /** Whether {@code resource} lies in the account, region and stack asked for (true when none is). */
    public boolean covers(ConfiguredResource resource) {
        return covers(resource.key());
    }

    /** The same test on a resource key ({@code scope stack/logicalId} or {@code scope type/physicalId}). */
    public boolean covers(String key) {
        String scope = key.contains(" ") ? key.substring(0, key.indexOf(' ')) : key;
        String rest = key.contains(" ") ? key.substring(key.indexOf(' ') + 1) : "";
        String stackName = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        return account.map(a -> accountOf(scope).equals(a)).orElse(true)
                && region.map(r -> regionOf(scope).equals(r)).orElse(true)
                && stack.map(stackName::equals).orElse(true);
    }

    /** The monitored account's name of a scope ({@code resas-prod/cloudformation:us-east-1}), "" for RESAS Ops' own. */
    public static String accountOf(String scope) {
        return scope.contains("/") ? scope.substring(0, scope.indexOf('/')) : "";
    }

    /** The region of a scope, "" when it has none ({@code cdk-out}). */
    public static String regionOf(String scope) {
        return scope.contains(":") ? scope.substring(scope.lastIndexOf(':') + 1) : "";
    }
}
