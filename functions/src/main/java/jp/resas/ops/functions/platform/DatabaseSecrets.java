package jp.resas.ops.functions.platform;

import java.util.Optional;

/** Reads database credentials kept as a secret (port: Secrets Manager in AWS). */
public interface DatabaseSecrets {

    /**
     * @param hostOverride where to connect instead of the secret's host (the RDS Proxy endpoint)
     * @param databaseOverride the database name, when the secret has none
     */
    DatabaseSettings read(String secretArn, Optional<String> hostOverride, Optional<String> databaseOverride);
}
