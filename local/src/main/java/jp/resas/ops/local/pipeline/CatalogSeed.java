package jp.resas.ops.local.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.resas.ops.dataset.Dataset;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.SourceKind;
import jp.resas.ops.dataset.infrastructure.CatalogService;

/** Registers the shipped catalog entries ({@code datasets/catalog.json}) that are not registered yet. */
public final class CatalogSeed {

    private CatalogSeed() {
    }

    public static void ensure(CatalogService catalog, String actor) {
        for (Map<String, Object> entry : shipped()) {
            DatasetId id = new DatasetId((String) entry.get("id"));
            if (catalog.find(id).isEmpty()) {
                @SuppressWarnings("unchecked")
                List<String> menus = (List<String>) entry.get("menus");
                catalog.save(new Dataset(id, (String) entry.get("name"), (String) entry.get("publisher"),
                        SourceKind.valueOf((String) entry.get("sourceKind")), (String) entry.get("sourceRef"),
                        (String) entry.get("frequency"), LocalDate.parse((String) entry.get("nextRelease")), menus,
                        (String) entry.get("licence"), (String) entry.get("ownerContact")), actor, "resas-ops");
            }
        }
    }

    private static List<Map<String, Object>> shipped() {
        try (InputStream in = CatalogSeed.class.getResourceAsStream("/datasets/catalog.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<Map<String, Object>>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped catalog", e);
        }
    }
}
