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
 * @param buckets   the buckets AWS Backup protects: records (the pipeline's raw data), attachments and reports
 * @param clusterArn        the Aurora cluster, for its monthly restore test
 * @param databaseVaultArn  the vault of the database's backup plan (DataStack), read by the restore test
 */
public record SecOpsStackProps(StackProps stack, IVpc vpc, DatabaseAccess database, FunctionsJar functions,
        java.util.List<software.amazon.awscdk.services.s3.IBucket> buckets, String clusterArn, String databaseVaultArn) {

    public SecOpsStackProps {
        Objects.requireNonNull(stack, "stack props are required");
        Objects.requireNonNull(vpc, "vpc is required (NetworkStack.vpc())");
        Objects.requireNonNull(database, "database is required (DataStack.databaseAccess())");
        Objects.requireNonNull(functions, "functions jar is required (FunctionsJar.locate())");
        buckets = java.util.List.copyOf(Objects.requireNonNull(buckets, "buckets are required"));
        Objects.requireNonNull(clusterArn, "clusterArn is required (DataStack.cluster())");
        Objects.requireNonNull(databaseVaultArn, "databaseVaultArn is required (DataStack.backup().vault())");
    }
}
