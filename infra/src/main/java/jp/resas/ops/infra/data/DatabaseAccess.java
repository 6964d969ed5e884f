package jp.resas.ops.infra.data;

import java.util.Map;
import java.util.Objects;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * Everything a function needs to reach the database, handed from the data stack to the stacks
 * whose functions use it.
 *
 * @param secret              RDS-generated JSON credentials (username, password, host, port, dbname)
 * @param host                the cluster's writer endpoint, which overrides the secret's host
 * @param databaseName        the application database
 * @param clientSecurityGroup attach it to a function to let it reach Aurora
 */
public record DatabaseAccess(ISecret secret, String host, String databaseName,
        ISecurityGroup clientSecurityGroup) {

    public DatabaseAccess {
        Objects.requireNonNull(secret, "secret is required");
        Objects.requireNonNull(host, "host is required");
        Objects.requireNonNull(databaseName, "databaseName is required");
        Objects.requireNonNull(clientSecurityGroup, "clientSecurityGroup is required");
    }

    /** The variables the handlers read to build their JDBC data source. */
    public Map<String, String> environment() {
        return Map.of(
                "RESAS_DB_SECRET_ARN", secret.getSecretArn(),
                "RESAS_DB_HOST", host,
                "RESAS_DB_NAME", databaseName);
    }

    /** Lets {@code grantee} read the credentials; the network path comes from the security group. */
    public void grantTo(IGrantable grantee) {
        secret.grantRead(grantee);
    }
}
