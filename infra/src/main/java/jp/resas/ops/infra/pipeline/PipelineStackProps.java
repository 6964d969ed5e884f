package jp.resas.ops.infra.pipeline;

import java.util.Objects;
import jp.resas.ops.infra.data.DatabaseAccess;
import jp.resas.ops.infra.lambda.FunctionsJar;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.IVpc;

/**
 * @param stack     the stack's own properties (environment, description)
 * @param vpc       from the network stack; the step functions run in its private subnets (e-Stat via NAT)
 * @param database  from the data stack; runs, versions and observations live in Aurora
 * @param functions the handler jar, which also carries the state machine's definition
 */
public record PipelineStackProps(StackProps stack, IVpc vpc, DatabaseAccess database, FunctionsJar functions) {

    public PipelineStackProps {
        Objects.requireNonNull(stack, "stack props are required");
        Objects.requireNonNull(vpc, "vpc is required (NetworkStack.vpc())");
        Objects.requireNonNull(database, "database is required (DataStack.databaseAccess())");
        Objects.requireNonNull(functions, "functions jar is required (FunctionsJar.locate())");
    }
}
