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

    /**
     * The day by which something must be done: the end date, or the renewal date less the provider's
     * notice period when that comes first. Empty when the asset has no date.
     */
    public java.util.Optional<LocalDate> actionBy() {
        LocalDate by = endsOn;
        if (terms != null && terms.renewalOn() != null) {
            LocalDate notice = terms.renewalOn().minusDays(terms.noticeDays() == null ? 0 : terms.noticeDays());
            by = by == null || notice.isBefore(by) ? notice : by;
        }
        return java.util.Optional.ofNullable(by);
    }

    /** A certificate ACM renews by itself: issued by Amazon and eligible for managed renewal. */
    public boolean renewsByItself() {
        return kind == AssetKind.CERTIFICATE && "AMAZON_ISSUED".equals(attributes.get("type"))
                && "ELIGIBLE".equals(attributes.get("renewalEligibility"));
    }
}
