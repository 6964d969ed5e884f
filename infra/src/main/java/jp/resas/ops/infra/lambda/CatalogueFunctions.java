package jp.resas.ops.infra.lambda;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.resas.ops.catalogue.Catalogue;
import jp.resas.ops.catalogue.FunctionSpec;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.constructs.Construct;

/**
 * The stacks' view of the function catalogue ({@code catalogue/functions.json} in shared/): a stack deploys a
 * function by its catalogue name, and gets its handler, size and concurrency from there; the variables the
 * stack gives it must be exactly the ones its entry declares (synthesis fails otherwise, naming both).
 */
public final class CatalogueFunctions {

    private static final Catalogue CATALOGUE = Catalogue.load();

    private CatalogueFunctions() {
    }

    public static Catalogue catalogue() {
        return CATALOGUE;
    }

    /** The entry of {@code name}, which the catalogue must put in {@code stack}. */
    public static FunctionSpec spec(Construct stack, String name) {
        FunctionSpec spec = CATALOGUE.findFunction(name).orElseThrow(() -> new IllegalArgumentException(
                Catalogue.FUNCTIONS + ": no function '" + name + "' (deployed by " + stackId(stack) + ")"));
        if (!spec.stack().equals(Optional.of(stackId(stack)))) {
            throw new IllegalArgumentException(Catalogue.FUNCTIONS + ": function '" + name + "': field 'stack' is "
                    + spec.stack().orElse("absent") + " but " + stackId(stack) + " deploys it");
        }
        return spec;
    }

    /**
     * A {@link ResasFunction} as the catalogue describes {@code name}, in the private subnets with {@code securityGroups}
     * and given {@code environment} (the database's and the function's own variables).
     */
    public static ResasFunction create(Construct stack, String name, FunctionsJar code, IVpc vpc,
            List<ISecurityGroup> securityGroups, Map<String, String> environment) {
        FunctionSpec spec = spec(stack, name);
        ResasFunctionProps props = ResasFunctionProps.builder()
                .serviceName(spec.name())
                .handler(spec.lambdaHandler())
                .code(code.code(CATALOGUE.assetOf(spec)))
                .timeout(Duration.seconds(spec.timeoutSeconds()))
                .memoryMb(spec.memoryMb())
                .reservedConcurrency(spec.concurrency())
                .environment(environment)
                .vpc(vpc)
                .securityGroups(securityGroups)
                .build();
        checkEnvironment(spec, ResasFunction.environment(props).keySet());
        return new ResasFunction(stack, spec.id().orElseThrow(), props);
    }

    /**
     * The variables a function is given must be the catalogue's common ones (those it is given) plus exactly its
     * entry's {@code environment}, and any of its {@code optionalEnvironment}.
     */
    public static void checkEnvironment(FunctionSpec spec, Set<String> given) {
        Set<String> own = new TreeSet<>(given);
        own.removeAll(CATALOGUE.commonEnvironment());
        Set<String> undeclared = new TreeSet<>(own);
        undeclared.removeAll(spec.environment());
        undeclared.removeAll(spec.optionalEnvironment());
        Set<String> missing = new TreeSet<>(spec.environment());
        missing.removeAll(own);
        if (!undeclared.isEmpty() || !missing.isEmpty()) {
            throw new IllegalArgumentException(Catalogue.FUNCTIONS + ": function '" + spec.name()
                    + "': field 'environment' does not match what " + spec.stack().orElse("its stack") + " sets"
                    + (undeclared.isEmpty() ? "" : "; set but not declared: " + undeclared)
                    + (missing.isEmpty() ? "" : "; declared but not set: " + missing));
        }
    }

    private static String stackId(Construct scope) {
        return Stack.of(scope).getNode().getId();
    }
}
