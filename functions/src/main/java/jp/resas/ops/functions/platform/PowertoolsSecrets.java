package jp.resas.ops.functions.platform;

import java.time.Duration;
import jp.resas.ops.platform.aws.AwsSettings;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.lambda.powertools.parameters.cache.CacheManager;
import software.amazon.lambda.powertools.parameters.secrets.SecretsProvider;

/**
 * Secrets' text through Powertools for AWS Lambda's parameters utility: {@code GetSecretValue} on a miss,
 * then kept for {@link #MAX_AGE} in its cache, so a rotated or re-issued value is used within minutes
 * without a redeploy, and nothing is read until a secret is first asked for (never in a SnapStart
 * snapshot unless initialisation itself reads it). The client is the SDK's default one ({@link #client}), so
 * {@code AWS_ENDPOINT_URL} and {@code AWS_ENDPOINT_URL_SECRETS_MANAGER} apply.
 */
public final class PowertoolsSecrets implements SecretStrings {

    /** How long a value read is used before Secrets Manager is asked again. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final SecretsProvider provider;

    /** Through the platform's client for {@code settings} ({@link #client}). */
    public PowertoolsSecrets(AwsSettings settings) {
        this(client(settings), new CacheManager());
    }

    /** @param cache the provider's cache (tests pass one whose clock they move) */
    public PowertoolsSecrets(SecretsManagerClient client, CacheManager cache) {
        cache.setDefaultExpirationTime(MAX_AGE);
        this.provider = SecretsProvider.builder().withClient(client).withCacheManager(cache).build();
    }

    /**
     * The function's Secrets Manager client, built as {@code AwsClientFactory} builds the platform's other clients:
     * the SDK's default builder on the JDK's HTTP client, {@link AwsSettings} ({@code RESAS_AWS_REGION},
     * {@code RESAS_AWS_ENDPOINT_URL}) over it. It is built before the function's context (the database's secret
     * gives the context its connection settings), once per function, and shared by every secret read.
     */
    public static SecretsManagerClient client(AwsSettings settings) {
        return settings.configure(SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create())).build();
    }

    @Override
    public String read(String secretArn) {
        String value = provider.get(secretArn);
        if (value == null) {
            throw new IllegalStateException("secret " + secretArn + " has no SecretString");
        }
        return value;
    }
}
