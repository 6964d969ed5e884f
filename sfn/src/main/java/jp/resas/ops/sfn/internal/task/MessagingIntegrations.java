package jp.resas.ops.sfn.internal.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.UUID;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.Outbox;
import jp.resas.ops.sfn.TaskCall;
import jp.resas.ops.sfn.TaskIntegration;

/**
 * SNS Publish, SQS SendMessage and EventBridge PutEvents, in their optimised and AWS SDK forms:
 * locally they deliver to an {@link Outbox} and answer as the services do.
 */
public final class MessagingIntegrations implements TaskIntegration {

    private static final Set<String> ACTIONS = Set.of("sns:publish", "sqs:sendMessage", "events:putEvents");

    private final Outbox outbox;

    public MessagingIntegrations(Outbox outbox) {
        this.outbox = outbox;
    }

    private static String action(String resource) {
        return resource.replaceFirst("^arn:[^:]+:states:::(aws-sdk:)?", "");
    }

    @Override
    public boolean handles(String resource) {
        return resource.matches("^arn:[^:]+:states:::.*") && ACTIONS.contains(action(resource));
    }

    @Override
    public JsonNode invoke(TaskCall call) {
        outbox.add(new Outbox.Message(call.resource(), call.parameters()));
        ObjectNode out = Json.object();
        switch (action(call.resource())) {
            case "events:putEvents" -> {
                var entries = out.putArray("Entries");
                JsonNode given = call.parameters().path("Entries");
                for (int i = 0; i < Math.max(1, given.size()); i++) {
                    entries.addObject().put("EventId", UUID.randomUUID().toString());
                }
                out.put("FailedEntryCount", 0);
            }
            case "sqs:sendMessage" -> {
                out.put("MessageId", UUID.randomUUID().toString());
                out.put("MD5OfMessageBody", md5(call.parameters().path("MessageBody")));
            }
            default -> out.put("MessageId", UUID.randomUUID().toString());
        }
        return out;
    }

    private static String md5(JsonNode body) {
        String text = body.isTextual() ? body.asText() : Json.write(body);
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
