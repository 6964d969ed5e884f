package jp.resas.ops.ledger.configuration.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The resources of a CloudFormation template (JSON, as CDK synthesises and deploys it): type, key
 * properties flattened to paths ({@code Environment.Variables.TZ}, {@code Policies[0].PolicyName}) with
 * scalar values as text and intrinsic functions ({@code Ref}, {@code Fn::*}) and lists of scalars as JSON,
 * and {@code Tags} apart. CDK's own {@code AWS::CDK::Metadata} is not configuration and is left out.
 */
final class TemplateResources {

    /** One resource of a template. */
    record TemplateResource(String type, Map<String, String> properties, Map<String, String> tags) {
    }

    static final int MAX_VALUE = 1000;
    private static final int MAX_DEPTH = 8;

    private TemplateResources() {
    }

    /** @throws IllegalArgumentException naming {@code where} when the text is not a JSON template */
    static Map<String, TemplateResource> parse(ObjectMapper json, String template, String where) {
        JsonNode root;
        try {
            root = json.readTree(template);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not a JSON template (line " + e.getLocation().getLineNr()
                    + "): " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(where + ": not a JSON template object");
        }
        Map<String, TemplateResource> resources = new LinkedHashMap<>();
        JsonNode all = root.path("Resources");
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String type = entry.getValue().path("Type").asText("");
            if (type.isEmpty() || type.equals("AWS::CDK::Metadata")) {
                continue;
            }
            Map<String, String> properties = new LinkedHashMap<>();
            Map<String, String> tags = new LinkedHashMap<>();
            JsonNode props = entry.getValue().path("Properties");
            for (Iterator<Map.Entry<String, JsonNode>> p = props.fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> property = p.next();
                if (property.getKey().equals("Tags")) {
                    tags(json, property.getValue(), tags);
                } else {
                    flatten(json, property.getKey(), property.getValue(), properties, 1);
                }
            }
            resources.put(entry.getKey(), new TemplateResource(type, properties, tags));
        }
        return resources;
    }

    /** Flattens a JSON object (an AWS Config configuration item, say) the same way. */
    static Map<String, String> flatten(ObjectMapper json, JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            flatten(json, field.getKey(), field.getValue(), out, 1);
        }
        return out;
    }

    private static void tags(ObjectMapper json, JsonNode tags, Map<String, String> out) {
        if (tags.isArray()) {
            for (JsonNode tag : tags) {
                if (tag.hasNonNull("Key")) {
                    out.put(tag.get("Key").asText(), value(json, tag.path("Value")));
                }
            }
        } else if (tags.isObject()) {
            // AWS::SSM::Parameter and a few others take a map of tags
            tags.fields().forEachRemaining(tag -> out.put(tag.getKey(), value(json, tag.getValue())));
        }
    }

    private static void flatten(ObjectMapper json, String path, JsonNode node, Map<String, String> out, int depth) {
        if (node.isObject() && !isIntrinsic(node) && node.size() > 0 && depth < MAX_DEPTH) {
            node.fields().forEachRemaining(field -> flatten(json, path + "." + field.getKey(), field.getValue(), out,
                    depth + 1));
        } else if (node.isArray() && node.size() > 0 && containsObjects(node) && depth < MAX_DEPTH) {
            for (int i = 0; i < node.size(); i++) {
                flatten(json, path + "[" + i + "]", node.get(i), out, depth + 1);
            }
        } else {
            out.put(path, value(json, node));
        }
    }

    private static boolean containsObjects(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isObject() && !isIntrinsic(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isIntrinsic(JsonNode node) {
        if (node.size() != 1) {
            return false;
        }
        String name = node.fieldNames().next();
        return name.equals("Ref") || name.startsWith("Fn::");
    }

    private static String value(ObjectMapper json, JsonNode node) {
        String text;
        if (node.isValueNode()) {
            text = node.asText();
        } else {
            try {
                text = json.writeValueAsString(node);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a parsed JSON node always writes", e);
            }
        }
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
    }
}
