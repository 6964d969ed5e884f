package jp.resas.ops.ledger.asset;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * An asset as a discovery source reports it. {@code scope} is what was read to find it (one API in one
 * region, or the build's SBOM): only a scope read in full may mark assets gone.
 */
public record DiscoveredAsset(AssetKind kind, String key, String name, String scope, LocalDate endsOn,
        String softwareVersion, Map<String, String> attributes) {

    public DiscoveredAsset {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(scope, "scope");
        name = name == null || name.isBlank() ? key : name;
        attributes = Map.copyOf(attributes);
    }
}
