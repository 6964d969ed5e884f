package jp.resas.ops.sfn.internal.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.ObjectStore;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.TaskCall;
import jp.resas.ops.sfn.TaskIntegration;

/**
 * The S3 calls our pipelines make through the AWS SDK integration ({@code arn:aws:states:::aws-sdk:s3:…}),
 * served by the local object store. Bodies are text, as Step Functions passes them.
 */
public final class AwsSdkS3Integration implements TaskIntegration {

    private static final String PREFIX = "arn:aws:states:::aws-sdk:s3:";
    private static final List<String> ACTIONS = List.of("getObject", "putObject", "listObjectsV2", "copyObject",
            "deleteObject", "headObject");

    private final ObjectStore store;

    public AwsSdkS3Integration(ObjectStore store) {
        this.store = store;
    }

    @Override
    public boolean handles(String resource) {
        return resource.startsWith(PREFIX) && ACTIONS.contains(resource.substring(PREFIX.length()));
    }

    @Override
    public JsonNode invoke(TaskCall call) {
        JsonNode p = call.parameters();
        String bucket = p.path("Bucket").asText();
        String key = p.path("Key").asText();
        ObjectNode out = Json.object();
        switch (call.resource().substring(PREFIX.length())) {
            case "getObject" -> {
                byte[] body = get(bucket, key);
                out.put("Body", new String(body, StandardCharsets.UTF_8));
                out.put("ContentLength", body.length);
                out.put("ETag", etag(body));
            }
            case "headObject" -> {
                byte[] body = get(bucket, key);
                out.put("ContentLength", body.length);
                out.put("ETag", etag(body));
            }
            case "putObject" -> {
                JsonNode bodyNode = p.path("Body");
                byte[] body = (bodyNode.isTextual() ? bodyNode.asText() : Json.write(bodyNode))
                        .getBytes(StandardCharsets.UTF_8);
                store.put(bucket, key, body);
                out.put("ETag", etag(body));
            }
            case "copyObject" -> {
                String source = p.path("CopySource").asText();
                int slash = source.indexOf('/');
                byte[] body = get(source.substring(0, slash), source.substring(slash + 1));
                store.put(bucket, key, body);
                out.putObject("CopyObjectResult").put("ETag", etag(body));
            }
            case "deleteObject" -> store.put(bucket, key, new byte[0]);
            default -> {
                var contents = out.putArray("Contents");
                String prefix = p.path("Prefix").asText("");
                for (String k : store.list(bucket, prefix)) {
                    contents.addObject().put("Key", k).put("Size", store.get(bucket, k).map(b -> b.length).orElse(0));
                }
                out.put("KeyCount", contents.size());
                out.put("IsTruncated", false);
                out.put("Name", bucket);
                out.put("Prefix", prefix);
            }
        }
        return out;
    }

    private byte[] get(String bucket, String key) {
        return store.get(bucket, key).orElseThrow(() -> new StatesError("S3.NoSuchKeyException",
                "The specified key does not exist. (Service: S3, Status Code: 404, Request ID: "
                        + UUID.randomUUID() + ") bucket=" + bucket + " key=" + key));
    }

    private static String etag(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
