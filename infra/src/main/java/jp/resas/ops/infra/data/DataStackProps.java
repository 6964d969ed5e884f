package jp.resas.ops.infra.data;

import java.util.Objects;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.IVpc;

/**
 * @param stack the stack's own properties (environment, description)
 * @param vpc   from the network stack; Aurora and the proxy use its isolated subnets
 */
public record DataStackProps(StackProps stack, IVpc vpc) {

    public DataStackProps {
        Objects.requireNonNull(stack, "stack props are required");
        Objects.requireNonNull(vpc, "vpc is required (NetworkStack.vpc())");
    }
}
