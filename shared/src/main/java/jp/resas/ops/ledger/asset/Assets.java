package jp.resas.ops.ledger.asset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The asset ledger (port; PostgreSQL in {@code infrastructure}). Nothing is ever deleted from it. */
public interface Assets {

    long insert(AssetInput input, String key, AssetOrigin origin, Instant at);

    /** Replaces what a person keeps (owner, status, dates, terms, notes, links); the version moves on. */
    void update(long id, AssetInput input, String key, Instant at);

    Optional<Asset> find(long id);

    /** The asset, locked until the transaction ends. */
    Optional<Asset> lock(long id);

    Optional<Asset> lockByKey(AssetKind kind, String key);

    AssetPage list(AssetQuery query);

    /** Of {@code ids}, those that are not change requests (変更要求). */
    List<Long> notChangeRequests(Collection<Long> ids);

    long insertDiscovered(DiscoveredAsset asset, Instant at);

    /** Refreshes what discovery reads (name, end date, version, attributes, last seen) and makes it ACTIVE again if GONE. */
    void refreshDiscovered(long id, DiscoveredAsset asset, Instant at);

    /** Marks GONE the ACTIVE discovered assets of {@code scope} whose key is not in {@code seen}; answers their keys. */
    List<String> markGone(String scope, Collection<String> seen, Instant at);

    /** ACTIVE assets of the kinds that expire, whose end or renewal date is on or before {@code until}. */
    List<Asset> ending(LocalDate until);
}
