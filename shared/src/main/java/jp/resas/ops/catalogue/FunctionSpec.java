package jp.resas.ops.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * One function of the catalogue.
 *
 * @param name                   the function's name in AWS and for {@code resas-ops invoke} (Powertools service name)
 * @param handler                the handler class; its method is always {@code handleRequest}
 * @param stack                  the CDK stack that deploys it; empty for a function that runs on one machine only
 * @param id                     its construct id in that stack
 * @param memoryMb               Lambda memory (deployed functions)
 * @param timeoutSeconds         Lambda timeout (deployed functions)
 * @param concurrency            reserved concurrency (deployed functions; 1 when not given)
 * @param environment            variables the stack must set on it besides the catalogue's common ones
 * @param optionalEnvironment    variables the stack sets only when configured (context values)
 * @param definitionSubstitution the data-update definition's {@code ${…}} placeholder naming it, if any
 * @param local                  how {@code resas-ops local} runs it: {@link Local#INVOKE} (in-process, and
 *                               {@code invoke} knows it), {@link Local#SERVER} (the API server) or
 *                               {@link Local#STARTUP} (at start: migrations)
 * @param asset                  the deployment asset its code is ({@link AssetSpec}); deployed functions only
 */
public record FunctionSpec(String name, String handler, Optional<String> stack, Optional<String> id, int memoryMb,
        int timeoutSeconds, int concurrency, List<String> environment, List<String> optionalEnvironment,
        Optional<String> definitionSubstitution, Local local, Optional<String> asset) {

    /** The handler method every function uses. */
    public static final String METHOD = "handleRequest";

    public enum Local { INVOKE, SERVER, STARTUP }

    public FunctionSpec {
        environment = List.copyOf(environment);
        optionalEnvironment = List.copyOf(optionalEnvironment);
    }

    /** {@code Class::handleRequest}, as Lambda's handler setting names it. */
    public String lambdaHandler() {
        return handler + "::" + METHOD;
    }

    public boolean deployed() {
        return stack.isPresent();
    }

    /** {@code resas-ops invoke} runs it in-process. */
    public boolean invocable() {
        return local == Local.INVOKE;
    }
}
