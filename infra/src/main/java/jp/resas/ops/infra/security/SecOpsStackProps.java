package jp.resas.ops.infra.security;

import java.util.Objects;
import jp.resas.ops.infra.data.DatabaseAccess;
import jp.resas.ops.infra.lambda.FunctionsJar;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.IVpc;

/**
 * @param stack     the stack's own properties (environment, description)
 * @param vpc       from the network stack; the functions run in its private subnets
 * @param database  from the data stack; the collectors write findings, jobs and incidents
 * @param functions the handler jar
 */
public record SecOpsStackProps(StackProps stack, IVpc vpc, DatabaseAccess database, FunctionsJar functions) {

    public SecOpsStackProps {
        Objects.requireNonNull(stack, "stack props are required");
        Objects.requireNonNull(vpc, "vpc is required (NetworkStack.vpc())");
        Objects.requireNonNull(database, "database is required (DataStack.databaseAccess())");
        Objects.requireNonNull(functions, "functions jar is required (FunctionsJar.locate())");
    }
}
