package jp.resas.ops.sfn.internal.jsonpath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.resas.ops.sfn.Json;

/**
 * A compiled reference path. A definite path (fields and indexes only) yields one value or fails;
 * an indefinite one (wildcard, slice, union, filter, descent) yields an array, possibly empty.
 */
public final class JsonPath {

    private static final Map<String, JsonPath> CACHE = new ConcurrentHashMap<>();

    private final String text;
    private final List<Segment> segments;
    private final boolean definite;

    private JsonPath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = segments;
        this.definite = segments.stream().allMatch(Segment::definite);
    }

    /** Compiles (and caches) a path starting with {@code $} or {@code @}. */
    public static JsonPath compile(String text) {
        JsonPath cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        JsonPath path = new JsonPath(text, List.copyOf(new PathParser(text).parse()));
        if (CACHE.size() < 10_000) {
            CACHE.put(text, path);
        }
        return path;
    }

    public String text() {
        return text;
    }

    public boolean isDefinite() {
        return definite;
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The value at this path; throws {@link PathNotFoundException} when a definite path finds nothing. */
    public JsonNode read(JsonNode root) {
        if (!definite) {
            ArrayNode out = Json.array();
            collect(root, 0, out);
            return out;
        }
        JsonNode node = root;
        for (int i = 0; i < segments.size(); i++) {
            JsonNode next = step(node, segments.get(i));
            if (next == null) {
                String rendered = render(i + 1);
                throw new PathNotFoundException(i == segments.size() - 1
                        ? "No results for path: " + rendered
                        : "Missing property in path " + rendered);
            }
            node = next;
        }
        return node;
    }

    /** Like {@link #read} but null instead of an error when nothing is found. */
    public JsonNode readOrNull(JsonNode root) {
        if (!definite) {
            return read(root);
        }
        JsonNode node = root;
        for (Segment segment : segments) {
            node = step(node, segment);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private static JsonNode step(JsonNode node, Segment segment) {
        if (segment instanceof Segment.Field f) {
            return node.isObject() ? node.get(f.name()) : null;
        }
        if (segment instanceof Segment.Index ix) {
            if (!node.isArray()) {
                return null;
            }
            int i = ix.index() < 0 ? node.size() + ix.index() : ix.index();
            return i >= 0 && i < node.size() ? node.get(i) : null;
        }
        if (segment instanceof Segment.Length) {
            return node.isArray() ? Json.NODES.numberNode(node.size()) : null;
        }
        throw new IllegalStateException("not a definite segment: " + segment);
    }

    private void collect(JsonNode node, int index, ArrayNode out) {
        if (index == segments.size()) {
            out.add(node);
            return;
        }
        Segment segment = segments.get(index);
        if (segment instanceof Segment.Wildcard) {
            children(node).forEachRemaining(c -> collect(c, index + 1, out));
        } else if (segment instanceof Segment.Slice s) {
            slice(node, s).forEach(c -> collect(c, index + 1, out));
        } else if (segment instanceof Segment.Union u) {
            for (Object key : u.keys()) {
                JsonNode next = key instanceof String name ? step(node, new Segment.Field(name))
                        : step(node, new Segment.Index((Integer) key));
                if (next != null) {
                    collect(next, index + 1, out);
                }
            }
        } else if (segment instanceof Segment.Descend d) {
            descend(node, d.name(), index, out);
        } else if (segment instanceof Segment.Filter f) {
            filter(node, f.expr(), index, out);
        } else {
            JsonNode next = step(node, segment);
            if (next != null) {
                collect(next, index + 1, out);
            }
        }
    }

    private void filter(JsonNode node, FilterExpr expr, int index, ArrayNode out) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (expr.test(item, node)) {
                    collect(item, index + 1, out);
                }
            }
        } else if (node.isObject() && expr.test(node, node)) {
            collect(node, index + 1, out);
        }
    }

    private void descend(JsonNode node, String name, int index, ArrayNode out) {
        if (name == null) {
            children(node).forEachRemaining(c -> {
                collect(c, index + 1, out);
                descend(c, null, index, out);
            });
            return;
        }
        if (node.isObject() && node.has(name)) {
            collect(node.get(name), index + 1, out);
        }
        children(node).forEachRemaining(c -> descend(c, name, index, out));
    }

    private static Iterator<JsonNode> children(JsonNode node) {
        return node.isContainerNode() ? node.elements() : java.util.Collections.emptyIterator();
    }

    private static List<JsonNode> slice(JsonNode node, Segment.Slice s) {
        List<JsonNode> items = new ArrayList<>();
        if (!node.isArray()) {
            return items;
        }
        int n = node.size();
        int start = s.start() == null ? 0 : clamp(s.start() < 0 ? n + s.start() : s.start(), n);
        int end = s.end() == null ? n : clamp(s.end() < 0 ? n + s.end() : s.end(), n);
        for (int i = start; i < end; i += Math.max(1, s.step())) {
            items.add(node.get(i));
        }
        return items;
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(v, n));
    }

    /** The bracket notation Step Functions prints in its errors, e.g. {@code $['a']['b'][0]}. */
    private String render(int count) {
        StringBuilder sb = new StringBuilder("$");
        for (int i = 0; i < count; i++) {
            Segment s = segments.get(i);
            if (s instanceof Segment.Field f) {
                sb.append("['").append(f.name()).append("']");
            } else if (s instanceof Segment.Index ix) {
                sb.append('[').append(ix.index()).append(']');
            } else {
                sb.append(".length()");
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
