package jp.resas.ops.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Messages the state machines sent (SNS, SQS, EventBridge), kept so tests and the portal can read them. */
public final class Outbox {

    /** One message: the resource it went to and the parameters it carried. */
    public record Message(String resource, JsonNode parameters) {
    }

    private final List<Message> messages = new ArrayList<>();

    public synchronized void add(Message m) {
        messages.add(m);
    }

    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }
}
