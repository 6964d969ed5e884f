package jp.resas.ops.infra.data;

import java.util.Objects;
import jp.resas.ops.infra.lambda.FunctionsJar;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.IVpc;

/**
 * @param stack the stack's own properties (environment, description)
 * @param vpc   from the network stack; Aurora uses its isolated subnets
 * @param functions the handler jar: the migration function runs it
 */
public record DataStackProps(StackProps stack, IVpc vpc, FunctionsJar functions) {

    public DataStackProps {
        Objects.requireNonNull(stack, "stack props are required");
        Objects.requireNonNull(vpc, "vpc is required (NetworkStack.vpc())");
        Objects.requireNonNull(functions, "functions jar is required (FunctionsJar.locate())");
    }
}
