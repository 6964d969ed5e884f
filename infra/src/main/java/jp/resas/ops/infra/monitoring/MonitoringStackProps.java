package jp.resas.ops.infra.monitoring;

import java.util.List;
import java.util.Objects;
import jp.resas.ops.infra.data.DatabaseAccess;
import jp.resas.ops.infra.lambda.FunctionsJar;
import jp.resas.ops.infra.lambda.ResasFunction;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.IVpc;

/**
 * @param stack           the stack's own properties (environment, description)
 * @param vpc             from the network stack; alarm intake runs in its private subnets
 * @param database        from the data stack; alarm intake writes incidents
 * @param functions       the handler jar
 * @param watchedFunctions the platform's functions from other stacks, whose errors raise alarms
 */
public record MonitoringStackProps(StackProps stack, IVpc vpc, DatabaseAccess database, FunctionsJar functions,
        List<ResasFunction> watchedFunctions) {

    public MonitoringStackProps {
        Objects.requireNonNull(stack, "stack props are required");
        Objects.requireNonNull(vpc, "vpc is required (NetworkStack.vpc())");
        Objects.requireNonNull(database, "database is required (DataStack.databaseAccess())");
        Objects.requireNonNull(functions, "functions jar is required (FunctionsJar.locate())");
        watchedFunctions = List.copyOf(Objects.requireNonNull(watchedFunctions, "watchedFunctions is required"));
    }
}
