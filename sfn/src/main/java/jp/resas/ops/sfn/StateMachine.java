package jp.resas.ops.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import jp.resas.ops.sfn.internal.asl.AslParser;
import jp.resas.ops.sfn.internal.asl.Definition;

/** A named, validated state machine definition. Immutable; one instance serves many executions. */
public final class StateMachine {

    private final String name;
    private final JsonNode json;
    private final Definition definition;

    private StateMachine(String name, JsonNode json, Definition definition) {
        this.name = name;
        this.json = json;
        this.definition = definition;
    }

    /**
     * Parses and validates a definition.
     *
     * @throws AslValidationException naming the state and field when the definition is invalid
     */
    public static StateMachine parse(String name, String definitionJson) {
        JsonNode json;
        try {
            json = Json.parse(definitionJson);
        } catch (IllegalArgumentException e) {
            throw new AslValidationException("The definition is not valid JSON: " + e.getMessage());
        }
        return parse(name, json);
    }

    public static StateMachine parse(String name, JsonNode definition) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A state machine needs a name");
        }
        return new StateMachine(name, definition, AslParser.parse(definition));
    }

    /** Parses a definition under the name {@code StateMachine}. */
    public static StateMachine parse(String definitionJson) {
        return parse("StateMachine", definitionJson);
    }

    public String name() {
        return name;
    }

    public JsonNode json() {
        return json;
    }

    public Definition definition() {
        return definition;
    }
}
