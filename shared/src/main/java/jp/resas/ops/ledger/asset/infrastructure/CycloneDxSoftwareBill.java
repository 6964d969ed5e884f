package jp.resas.ops.ledger.asset.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import jp.resas.ops.ledger.asset.AssetKind;
import jp.resas.ops.ledger.asset.DiscoveredAsset;
import jp.resas.ops.ledger.asset.SoftwareBill;
import jp.resas.ops.ledger.asset.SourceUnavailableException;

/**
 * The CycloneDX SBOM (JSON) the Maven build puts into the functions jar ({@value #RESOURCE}): RESAS Ops
 * itself and every component it ships, each keyed by its package URL.
 */
public final class CycloneDxSoftwareBill implements SoftwareBill {

    public static final String RESOURCE = "META-INF/sbom/bom.json";

    private final ObjectMapper json;
    private final ClassLoader loader;
    private final String resource;

    public CycloneDxSoftwareBill(ObjectMapper json, ClassLoader loader, String resource) {
        this.json = json;
        this.loader = loader;
        this.resource = resource;
    }

    @Override
    public List<DiscoveredAsset> components() {
        JsonNode bom;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SourceUnavailableException("no SBOM " + resource + " on the class path (built without "
                        + "the CycloneDX plugin?)", null);
            }
            bom = json.readTree(in);
        } catch (IOException e) {
            throw new SourceUnavailableException("SBOM " + resource + " is not JSON: " + e.getMessage(), e);
        }
        if (!"CycloneDX".equals(bom.path("bomFormat").asText())) {
            throw new SourceUnavailableException("SBOM " + resource + " is not a CycloneDX BOM", null);
        }
        List<DiscoveredAsset> found = new ArrayList<>();
        JsonNode self = bom.at("/metadata/component");
        if (!self.isMissingNode()) {
            found.add(component(self));
        }
        bom.path("components").forEach(component -> found.add(component(component)));
        return found;
    }

    private static DiscoveredAsset component(JsonNode component) {
        String group = component.path("group").asText("");
        String name = (group.isEmpty() ? "" : group + ":") + component.path("name").asText();
        String purl = component.path("purl").asText("");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("componentType", component.path("type").asText(""));
        if (!purl.isEmpty()) {
            attributes.put("purl", purl);
        }
        StringJoiner licences = new StringJoiner(",");
        component.path("licenses").forEach(licence -> {
            String id = licence.at("/license/id").asText(licence.at("/license/name").asText(""));
            if (!id.isEmpty()) {
                licences.add(id);
            }
        });
        if (licences.length() > 0) {
            attributes.put("licenses", licences.toString());
        }
        String version = component.path("version").asText(null);
        // The package URL names the version too; the key without it keeps one line per component across upgrades.
        String key = purl.isEmpty() ? name : purl.replaceFirst("@[^?#]*", "");
        return new DiscoveredAsset(AssetKind.SOFTWARE, key, name, "sbom", null, version, attributes);
    }
}
