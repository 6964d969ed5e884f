package jp.resas.ops.sfn.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;

/** What a path or template is evaluated against: the effective input, the context object, variables. */
public interface Scope {

    JsonNode input();

    /** The context object ({@code $$}); built on demand because most states never read it. */
    JsonNode context();

    /** A variable set by {@code Assign}, or null when none has that name. */
    JsonNode variable(String name);
}
