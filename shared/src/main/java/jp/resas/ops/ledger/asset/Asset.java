package jp.resas.ops.ledger.asset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One line of the asset ledger. {@code key} identifies it within its kind (ARN, domain name, package
 * URL, contract number, or the name); {@code attributes} hold what discovery read.
 */
public record Asset(long id, AssetKind kind, String key, String name, AssetOrigin origin, String scope,
        String owner, AssetStatus status, LocalDate startsOn, LocalDate endsOn, String softwareVersion,
        Terms terms, Map<String, String> attributes, String notes, List<Long> changeRequests,
        Instant lastSeenAt, Instant createdAt, Instant updatedAt, long version) {

    public Asset {
        attributes = Map.copyOf(attributes);
        changeRequests = List.copyOf(changeRequests);
    }

    /** The end date the watch counts down to: the renewal date when it comes first. */
    public LocalDate watchedEnd() {
        if (terms != null && terms.renewalOn() != null && (endsOn == null || terms.renewalOn().isBefore(endsOn))) {
            return terms.renewalOn();
        }
        return endsOn;
    }
}
