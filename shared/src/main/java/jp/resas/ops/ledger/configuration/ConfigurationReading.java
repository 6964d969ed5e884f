package jp.resas.ops.ledger.configuration;

import java.util.List;

/** What one reading of the configuration found: the resources of each scope read in full, and the scopes it could not read. */
public record ConfigurationReading(List<ConfiguredResource> resources, List<MissingScope> missing) {

    public ConfigurationReading {
        resources = List.copyOf(resources);
        missing = List.copyOf(missing);
    }
}
