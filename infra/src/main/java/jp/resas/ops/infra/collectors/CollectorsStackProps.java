package jp.resas.ops.infra.collectors;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.resas.ops.infra.data.DatabaseAccess;
import jp.resas.ops.infra.lambda.FunctionsJar;
import jp.resas.ops.infra.lambda.ResasFunction;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.logs.ILogGroup;

/**
 * @param stack              the stack's own properties
 * @param vpc                from the network stack
 * @param database           from the data stack; every collector writes figures
 * @param functions          the handler jar
 * @param watchedFunctions   the platform's functions whose metrics and logs are collected
 * @param apiId              the HTTP API's id ({@code ApiStack.httpApi().getApiId()})
 * @param apiAccessLogs      the HTTP API's access log group ({@code ApiStack.accessLogGroup()}): 5xx per day
 * @param dbClusterIdentifier the Aurora cluster measured
 * @param distributionId     RESAS's CloudFront distribution, when known (context {@code resas:distributionId})
 */
public record CollectorsStackProps(StackProps stack, IVpc vpc, DatabaseAccess database, FunctionsJar functions,
        List<ResasFunction> watchedFunctions, String apiId, ILogGroup apiAccessLogs, String dbClusterIdentifier,
        Optional<String> distributionId) {

    public CollectorsStackProps {
        Objects.requireNonNull(stack, "stack props are required");
        Objects.requireNonNull(vpc, "vpc is required (NetworkStack.vpc())");
        Objects.requireNonNull(database, "database is required (DataStack.databaseAccess())");
        Objects.requireNonNull(functions, "functions jar is required (FunctionsJar.locate())");
        watchedFunctions = List.copyOf(Objects.requireNonNull(watchedFunctions, "watchedFunctions is required"));
        Objects.requireNonNull(apiId, "apiId is required (ApiStack.httpApi().getApiId())");
        Objects.requireNonNull(apiAccessLogs, "apiAccessLogs is required (ApiStack.accessLogGroup())");
        Objects.requireNonNull(dbClusterIdentifier, "dbClusterIdentifier is required");
        Objects.requireNonNull(distributionId, "distributionId is required (Optional.empty() when unknown)");
    }
}
