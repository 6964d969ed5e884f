package jp.resas.ops.sfn.internal.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.resas.ops.sfn.Json;

/** The semantics of every {@code States.*} function, with the limits the service enforces. */
final class IntrinsicFunctions {

    private static final Set<String> KNOWN = Set.of("States.Format", "States.StringToJson", "States.JsonToString",
            "States.Array", "States.ArrayPartition", "States.ArrayContains", "States.ArrayRange",
            "States.ArrayGetItem", "States.ArrayLength", "States.ArrayUnique", "States.Base64Encode",
            "States.Base64Decode", "States.Hash", "States.JsonMerge", "States.MathRandom", "States.MathAdd",
            "States.StringSplit", "States.UUID");

    /** Deep equality with numbers equal by value ({@code 3}, {@code 3.0}), as Choice's NumericEquals compares them. */
    private static final Comparator<JsonNode> SAME_VALUE = (x, y) -> {
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue());
        }
        return x.equals(y) ? 0 : 1;
    };

    private static final int MAX_ARRAY_RANGE = 1000;
    private static final int MAX_BASE64_INPUT = 10_000;

    private IntrinsicFunctions() {
    }

    static void checkKnown(String name) {
        if (!KNOWN.contains(name)) {
            throw new IllegalArgumentException("Unknown intrinsic function " + name);
        }
    }

    static JsonNode apply(String name, JsonNode[] a) {
        switch (name) {
            case "States.Format":
                return Json.text(IntrinsicFormat.format(text(name, a, 0), a));
            case "States.StringToJson":
                String json = text(name, a, 0).trim();
                return json.isEmpty() ? Json.NODES.nullNode() : parse(json);
            case "States.JsonToString":
                return Json.text(Json.write(arg(name, a, 0)));
            case "States.Array":
                ArrayNode array = Json.array();
                for (JsonNode v : a) {
                    array.add(v);
                }
                return array;
            case "States.ArrayPartition":
                return partition(array(name, a, 0), integer(name, a, 1));
            case "States.ArrayContains":
                JsonNode wanted = arg(name, a, 1);
                for (JsonNode v : array(name, a, 0)) {
                    if (v.equals(SAME_VALUE, wanted)) {
                        return Json.NODES.booleanNode(true);
                    }
                }
                return Json.NODES.booleanNode(false);
            case "States.ArrayRange":
                return range(integer(name, a, 0), integer(name, a, 1), integer(name, a, 2));
            case "States.ArrayGetItem":
                ArrayNode items = array(name, a, 0);
                int index = integer(name, a, 1);
                if (index < 0 || index >= items.size()) {
                    throw new IntrinsicException(name + ": index " + index + " is out of bounds for an array of "
                            + items.size());
                }
                return items.get(index);
            case "States.ArrayLength":
                return Json.NODES.numberNode(array(name, a, 0).size());
            case "States.ArrayUnique":
                ArrayNode unique = Json.array();
                new LinkedHashSet<JsonNode>(Json.MAPPER.convertValue(array(name, a, 0),
                        Json.MAPPER.getTypeFactory().constructCollectionType(java.util.List.class, JsonNode.class)))
                        .forEach(unique::add);
                return unique;
            case "States.Base64Encode":
                return Json.text(Base64.getEncoder().encodeToString(limited(name, a).getBytes(StandardCharsets.UTF_8)));
            case "States.Base64Decode":
                return Json.text(new String(Base64.getDecoder().decode(limited(name, a)), StandardCharsets.UTF_8));
            case "States.Hash":
                return Json.text(hash(arg(name, a, 0), text(name, a, 1)));
            case "States.JsonMerge":
                return merge(name, a);
            case "States.MathRandom":
                return random(name, a);
            case "States.MathAdd":
                return Json.integer(round(number(name, a, 0)) + round(number(name, a, 1)));
            case "States.StringSplit":
                return split(text(name, a, 0), text(name, a, 1));
            case "States.UUID":
                return Json.text(UUID.randomUUID().toString());
            default:
                throw new IntrinsicException("Unknown intrinsic function " + name);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IntrinsicException("States.StringToJson: the argument is not valid JSON: " + json);
        }
    }

    private static ArrayNode partition(ArrayNode items, int size) {
        if (size <= 0) {
            throw new IntrinsicException("States.ArrayPartition: the chunk size must be greater than 0, was " + size);
        }
        ArrayNode out = Json.array();
        ArrayNode chunk = null;
        for (int i = 0; i < items.size(); i++) {
            if (i % size == 0) {
                chunk = out.addArray();
            }
            chunk.add(items.get(i));
        }
        return out;
    }

    private static ArrayNode range(int start, int end, int step) {
        if (step == 0) {
            throw new IntrinsicException("States.ArrayRange: the step must not be 0");
        }
        ArrayNode out = Json.array();
        for (long v = start; step > 0 ? v <= end : v >= end; v += step) {
            if (out.size() == MAX_ARRAY_RANGE) {
                throw new IntrinsicException("States.ArrayRange: the result exceeds " + MAX_ARRAY_RANGE + " items");
            }
            out.add(Json.integer(v));
        }
        return out;
    }

    private static String hash(JsonNode data, String algorithm) {
        String input = data.isTextual() ? data.asText() : Json.write(data);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm)
                    .digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IntrinsicException("States.Hash: unsupported algorithm " + algorithm
                    + " (MD5, SHA-1, SHA-256, SHA-384, SHA-512)");
        }
    }

    private static JsonNode merge(String name, JsonNode[] a) {
        JsonNode left = arg(name, a, 0);
        JsonNode right = arg(name, a, 1);
        if (!left.isObject() || !right.isObject()) {
            throw new IntrinsicException(name + ": both arguments must be JSON objects");
        }
        if (arg(name, a, 2).asBoolean(false)) {
            throw new IntrinsicException(name + ": deep merge (true) is not supported by Step Functions");
        }
        ObjectNode out = ((ObjectNode) left).deepCopy();
        out.setAll((ObjectNode) right);
        return out;
    }

    private static JsonNode random(String name, JsonNode[] a) {
        int start = integer(name, a, 0);
        int end = integer(name, a, 1);
        Random rnd = a.length > 2 ? new Random(integer(name, a, 2)) : ThreadLocalRandom.current();
        return Json.integer(start + rnd.nextInt(Math.max(1, end - start)));
    }

    /** AWS rounds each operand half up before adding (1.5 → 2, -1.5 → -1). */
    private static long round(double value) {
        return Math.round(value);
    }

    /** Every character of {@code delimiters} splits; empty pieces are dropped, as the service does. */
    private static ArrayNode split(String text, String delimiters) {
        ArrayNode out = Json.array();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (delimiters.indexOf(c) >= 0) {
                if (part.length() > 0) {
                    out.add(part.toString());
                }
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        if (part.length() > 0) {
            out.add(part.toString());
        }
        return out;
    }

    private static String limited(String name, JsonNode[] a) {
        String s = text(name, a, 0);
        if (s.length() > MAX_BASE64_INPUT) {
            throw new IntrinsicException(name + ": the input exceeds " + MAX_BASE64_INPUT + " characters");
        }
        return s;
    }

    static JsonNode arg(String name, JsonNode[] a, int i) {
        if (i >= a.length) {
            throw new IntrinsicException(name + ": missing argument " + (i + 1));
        }
        return a[i];
    }

    private static String text(String name, JsonNode[] a, int i) {
        JsonNode v = arg(name, a, i);
        if (!v.isTextual()) {
            throw new IntrinsicException(name + ": argument " + (i + 1) + " must be a string, was " + Json.write(v));
        }
        return v.asText();
    }

    private static ArrayNode array(String name, JsonNode[] a, int i) {
        JsonNode v = arg(name, a, i);
        if (!v.isArray()) {
            throw new IntrinsicException(name + ": argument " + (i + 1) + " must be an array, was " + Json.write(v));
        }
        return (ArrayNode) v;
    }

    private static double number(String name, JsonNode[] a, int i) {
        JsonNode v = arg(name, a, i);
        if (!v.isNumber()) {
            throw new IntrinsicException(name + ": argument " + (i + 1) + " must be a number, was " + Json.write(v));
        }
        return v.asDouble();
    }

    private static int integer(String name, JsonNode[] a, int i) {
        return (int) round(number(name, a, i));
    }
}
