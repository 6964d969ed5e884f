package jp.resas.ops.sfn.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.sfn.Json;

/** One recorded case of the ASL conformance suite (see MANIFEST.md in the resources). */
record ConformanceCase(String name, String category, JsonNode definition, JsonNode input, JsonNode expected,
                       JsonNode mocks, List<String> placeholders, JsonNode historyTypes) {

    static final String ROOT = "/conformance/asl/";

    static List<ConformanceCase> all() {
        List<ConformanceCase> cases = new ArrayList<>();
        for (JsonNode row : read("index.json")) {
            JsonNode c = read(row.get("file").asText());
            List<String> placeholders = new ArrayList<>();
            c.path("placeholders_in_expected").forEach(p -> placeholders.add(p.asText()));
            cases.add(new ConformanceCase(c.get("name").asText(), c.get("category").asText(), c.get("definition"),
                    c.get("input"), c.get("expected"), c.get("mocks"), List.copyOf(placeholders),
                    c.get("history_event_types")));
        }
        return cases;
    }

    boolean hasPlaceholders() {
        return !placeholders.isEmpty();
    }

    boolean needsMocks() {
        return mocks != null;
    }

    private static JsonNode read(String path) {
        try (InputStream in = ConformanceCase.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("Missing conformance resource " + path);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
