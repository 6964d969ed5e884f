package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.StatesError;

/** Parses an ItemReader object: a JSON array, JSON Lines, or CSV with a header row or given headers. */
final class ItemFiles {

    private ItemFiles() {
    }

    static List<JsonNode> parse(String text, JsonNode config, String where) {
        String type = config.path("InputType").asText("JSON");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<JsonNode> items = new ArrayList<>();
        switch (type) {
            case "JSON" -> {
                JsonNode array = parseJson(text, where);
                if (!array.isArray()) {
                    throw new StatesError(StatesError.ITEM_READER_FAILED, where + " must hold a JSON array");
                }
                array.forEach(items::add);
            }
            case "JSONL" -> text.lines().filter(l -> !l.isBlank()).forEach(l -> items.add(parseJson(l, where)));
            case "CSV" -> csv(text, config, items);
            default -> throw new StatesError(StatesError.ITEM_READER_FAILED, "Unsupported InputType " + type);
        }
        return items;
    }

    private static JsonNode parseJson(String text, String where) {
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new StatesError(StatesError.ITEM_READER_FAILED, where + ": " + e.getMessage());
        }
    }

    private static void csv(String text, JsonNode config, List<JsonNode> items) {
        char delimiter = switch (config.path("CSVDelimiter").asText("COMMA")) {
            case "PIPE" -> '|';
            case "SEMICOLON" -> ';';
            case "SPACE" -> ' ';
            case "TAB" -> '\t';
            default -> ',';
        };
        List<List<String>> rows = Csv.parse(text, delimiter);
        List<String> headers = new ArrayList<>();
        int first = 0;
        if ("GIVEN".equals(config.path("CSVHeaderLocation").asText("FIRST_ROW"))) {
            config.path("CSVHeaders").forEach(h -> headers.add(h.asText()));
        } else if (!rows.isEmpty()) {
            headers.addAll(rows.get(0));
            first = 1;
        }
        for (int r = first; r < rows.size(); r++) {
            ObjectNode item = Json.object();
            List<String> row = rows.get(r);
            for (int i = 0; i < headers.size(); i++) {
                item.put(headers.get(i), i < row.size() ? row.get(i) : "");
            }
            items.add(item);
        }
    }
}
