package jp.resas.ops.ledger.asset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps the ledger true to what AWS and the build know: each scope read in full adds what is new,
 * refreshes what it saw again and marks GONE what it no longer has. A scope that could not be read
 * (access denied in one region, say) is named as missing and changes nothing, so a refusal never
 * looks like an empty account. Nothing is deleted: what people wrote of an asset stays.
 */
public final class DiscoveringAssets {

    static final String DOMAINS = "route53domains";
    static final String SBOM = "sbom";

    /** A monitored account's inventory (read through its role) and the regions it has resources in. */
    public record AccountInventory(String account, CloudInventory inventory, List<String> regions) {

        public AccountInventory {
            regions = List.copyOf(regions);
        }
    }

    private final CloudInventory inventory;
    private final SoftwareBill software;
    private final List<String> regions;
    private final List<AccountInventory> accounts;

    /** RESAS Ops' own account only. */
    public DiscoveringAssets(CloudInventory inventory, SoftwareBill software, List<String> regions) {
        this(inventory, software, regions, List.of());
    }

    /** RESAS Ops' own account ({@code inventory} in {@code regions}) and each monitored account. */
    public DiscoveringAssets(CloudInventory inventory, SoftwareBill software, List<String> regions,
            List<AccountInventory> accounts) {
        this.inventory = inventory;
        this.software = software;
        this.regions = List.copyOf(regions);
        this.accounts = List.copyOf(accounts);
    }

    /** Reads every scope; throws only when none could be read. */
    public AssetHarvest read() {
        Map<String, List<DiscoveredAsset>> scopes = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String region : regions) {
            read(scopes, missing, "tagging:" + region, () -> inventory.taggedResources(region));
            read(scopes, missing, "acm:" + region, () -> inventory.certificates(region));
        }
        read(scopes, missing, DOMAINS, inventory::domains);
        for (AccountInventory account : accounts) {
            String prefix = scopePrefix(account.account());
            for (String region : account.regions()) {
                read(scopes, missing, prefix + "tagging:" + region, () -> account.inventory().taggedResources(region));
                read(scopes, missing, prefix + "acm:" + region, () -> account.inventory().certificates(region));
            }
            read(scopes, missing, prefix + DOMAINS, account.inventory()::domains);
        }
        read(scopes, missing, SBOM, software::components);
        if (scopes.isEmpty()) {
            throw new IllegalStateException("no discovery source could be read: " + missing);
        }
        return new AssetHarvest(scopes, missing);
    }

    /** How a monitored account's scopes begin ("resas-prod/"); RESAS Ops' own have no prefix. */
    public static String scopePrefix(String account) {
        return account + "/";
    }

    private static void read(Map<String, List<DiscoveredAsset>> scopes, List<String> missing, String scope,
            Supplier<List<DiscoveredAsset>> source) {
        try {
            List<DiscoveredAsset> assets = source.get();
            assets.forEach(asset -> {
                if (!asset.scope().equals(scope)) {
                    throw new IllegalStateException(asset.key() + " reported in scope " + asset.scope() + ", read as " + scope);
                }
            });
            scopes.put(scope, assets);
        } catch (SourceUnavailableException e) {
            missing.add(scope + ": " + e.getMessage());
        }
    }

    /** Applies a harvest to the ledger (inside the caller's transaction); answers what changed. */
    public static Map<String, List<String>> store(AssetHarvest harvest, Assets assets, Instant at) {
        List<String> added = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        harvest.scopes().forEach((scope, found) -> {
            List<String> seen = new ArrayList<>();
            for (DiscoveredAsset asset : found) {
                seen.add(asset.key());
                assets.lockByKey(asset.kind(), asset.key()).ifPresentOrElse(
                        current -> assets.refreshDiscovered(current.id(), asset, at),
                        () -> {
                            assets.insertDiscovered(asset, at);
                            added.add(asset.key());
                        });
            }
            gone.addAll(assets.markGone(scope, seen, at));
        });
        return Map.of("added", added, "gone", gone);
    }
}
