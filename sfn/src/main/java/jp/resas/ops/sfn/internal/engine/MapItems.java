package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.ObjectStore;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.internal.asl.PayloadTemplate;
import jp.resas.ops.sfn.internal.asl.State;

/** A Map's {@code ItemReader}, {@code ItemBatcher} and {@code ResultWriter}, over the local object store. */
final class MapItems {

    private MapItems() {
    }

    static JsonNode read(Interpreter in, State.Map m, JsonNode effective, Frame frame) {
        JsonNode reader = m.itemReader();
        JsonNode args = arguments(in, m, reader, effective, frame);
        String resource = reader.path("Resource").asText();
        ObjectStore store = in.run().services().store();
        String bucket = args.path("Bucket").asText();
        JsonNode config = reader.path("ReaderConfig");
        long maxItems = config.path("MaxItems").asLong(Long.MAX_VALUE);
        ArrayNode items = Json.array();
        if (resource.endsWith(":s3:listObjectsV2")) {
            for (String key : store.list(bucket, args.path("Prefix").asText(""))) {
                ObjectNode o = items.addObject();
                o.put("Key", key);
                o.put("Size", store.get(bucket, key).map(b -> b.length).orElse(0));
            }
        } else if (resource.endsWith(":s3:getObject")) {
            String key = args.path("Key").asText();
            byte[] content = store.get(bucket, key).orElseThrow(() -> new StatesError(StatesError.ITEM_READER_FAILED,
                    "The object s3://" + bucket + "/" + key + " does not exist in the local object store"));
            ItemFiles.parse(new String(content, StandardCharsets.UTF_8), config, bucket + "/" + key)
                    .forEach(items::add);
        } else {
            throw new StatesError(StatesError.ITEM_READER_FAILED, "Unsupported ItemReader resource '" + resource
                    + "' (s3:getObject and s3:listObjectsV2 are supported locally)");
        }
        while (items.size() > maxItems) {
            items.remove(items.size() - 1);
        }
        return items;
    }

    /** Groups items into {@code {"BatchInput": …, "Items": […]}} when an ItemBatcher is set. */
    static List<JsonNode> batch(Interpreter in, State.Map m, JsonNode items, JsonNode effective, Frame frame) {
        List<JsonNode> out = new ArrayList<>(items.size());
        if (m.itemBatcher() == null) {
            items.forEach(out::add);
            return out;
        }
        JsonNode batcher = m.itemBatcher();
        int max = batcher.path("MaxItemsPerBatch").asInt(Integer.MAX_VALUE);
        long maxBytes = batcher.path("MaxInputBytesPerBatch").asLong(256 * 1024);
        JsonNode batchInput = batcher.has("BatchInput") ? template(in, m, batcher.get("BatchInput"), effective, frame)
                : null;
        ObjectNode current = null;
        long bytes = 0;
        for (JsonNode item : items) {
            long size = Json.write(item).length();
            if (current == null || current.get("Items").size() >= max || bytes + size > maxBytes) {
                current = Json.object();
                if (batchInput != null) {
                    current.set("BatchInput", batchInput);
                }
                current.putArray("Items");
                out.add(current);
                bytes = 0;
            }
            ((ArrayNode) current.get("Items")).add(item);
            bytes += size;
        }
        return out;
    }

    /** Writes the results as the service does (manifest plus result files) and returns the writer details. */
    static JsonNode write(Interpreter in, State.Map m, ArrayNode results, List<JsonNode> inputs, JsonNode effective,
                          Frame frame) {
        JsonNode writer = m.resultWriter();
        JsonNode args = arguments(in, m, writer, effective, frame);
        String bucket = args.path("Bucket").asText();
        String prefix = args.path("Prefix").asText("");
        String runId = UUID.randomUUID().toString();
        String base = (prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/") + runId + "/";
        String transformation = writer.path("WriterConfig").path("Transformation").asText("NONE");
        ArrayNode succeeded = Json.array();
        for (int i = 0; i < results.size(); i++) {
            if (transformation.equals("NONE")) {
                ObjectNode entry = succeeded.addObject();
                entry.put("Name", runId + ":" + i);
                entry.put("Input", Json.write(inputs.get(i)));
                entry.put("Output", Json.write(results.get(i)));
                entry.put("Status", "SUCCEEDED");
            } else if (transformation.equals("FLATTEN") && results.get(i).isArray()) {
                results.get(i).forEach(succeeded::add);
            } else {
                succeeded.add(results.get(i));
            }
        }
        ObjectStore store = in.run().services().store();
        store.put(bucket, base + "SUCCEEDED_0.json", Json.write(succeeded).getBytes(StandardCharsets.UTF_8));
        ObjectNode manifest = Json.object();
        manifest.put("DestinationBucket", bucket);
        manifest.put("MapRunArn", in.run().identity().executionArn() + "/" + runId);
        manifest.putObject("ResultFiles").putArray("SUCCEEDED").addObject().put("Key", base + "SUCCEEDED_0.json");
        store.put(bucket, base + "manifest.json", Json.write(manifest).getBytes(StandardCharsets.UTF_8));
        ObjectNode out = Json.object();
        out.put("MapRunArn", manifest.get("MapRunArn").asText());
        ObjectNode details = out.putObject("ResultWriterDetails");
        details.put("Bucket", bucket);
        details.put("Key", base + "manifest.json");
        return out;
    }

    private static JsonNode arguments(Interpreter in, State.Map m, JsonNode config, JsonNode effective, Frame frame) {
        JsonNode args = config.has("Arguments") ? config.get("Arguments") : config.path("Parameters");
        return template(in, m, args, effective, frame);
    }

    private static JsonNode template(Interpreter in, State.Map m, JsonNode t, JsonNode effective, Frame frame) {
        if (m.common().jsonata()) {
            return Jsonata.eval(in, t, Jsonata.states(effective, null, null, frame), frame);
        }
        return PayloadTemplate.compile(t, "State '" + m.name() + "'").evaluate(frame.scope(effective));
    }
}
