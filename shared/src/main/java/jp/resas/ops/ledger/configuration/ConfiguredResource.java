package jp.resas.ops.ledger.configuration;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One deployed resource as the ledger keeps it: where it was read ({@code scope}, e.g.
 * {@code cloudformation:ap-northeast-1}), its stack and logical id (CloudFormation) or none (AWS Config),
 * physical id, type, key properties (flattened paths such as {@code Environment.Variables.TZ}, values as
 * JSON text) and tags. Properties and tags are kept sorted so that equal configurations compare equal.
 */
public record ConfiguredResource(String scope, String stack, String logicalId, String physicalId, String type,
        Map<String, String> properties, Map<String, String> tags) {

    public ConfiguredResource {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(type, "type");
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(properties));
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(tags));
    }

    /** What identifies the resource from one snapshot to the next: scope, then stack/logical id or type/physical id. */
    public String key() {
        return scope + " " + (stack != null && logicalId != null ? stack + "/" + logicalId : type + "/" + physicalId);
    }
}
