package jp.resas.ops.sfn.internal.asl;

import java.util.Map;

/** A state graph: the top-level machine, a Parallel branch or a Map processor. */
public record Definition(String startAt, Map<String, State> states, QueryLanguage queryLanguage,
                         Integer timeoutSeconds) {

    public State state(String name) {
        return states.get(name);
    }
}
