package jp.resas.ops.sfn;

import java.util.Map;

/**
 * A state machine found in a synthesised template.
 *
 * @param handlers the Java handler ({@code Class::method}) of each Lambda function the definition
 *                 names, keyed by the function name used in its ARNs
 */
public record CdkStateMachine(String stack, String logicalId, StateMachine machine, Map<String, String> handlers) {

    public String name() {
        return machine.name();
    }
}
