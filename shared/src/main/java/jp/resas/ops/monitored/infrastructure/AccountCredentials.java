package jp.resas.ops.monitored.infrastructure;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.resas.ops.monitored.MonitoredAccount;
import jp.resas.ops.monitored.MonitoredService;
import jp.resas.ops.monitored.MonitoredSystem;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Credentials for a monitored account: its read role assumed with the description's external id
 * (the SDK's {@link StsAssumeRoleCredentialsProvider}, which refreshes before expiry), one provider
 * per account, shared by every collector (metrics, logs, access, cost) and asset discovery. Clients
 * built with them otherwise follow the SDK's defaults, so {@code AWS_ENDPOINT_URL} applies as everywhere.
 * A bean only where the STS module is on the class path: the collectors' deployment assets (issue 18).
 */
@Singleton
@Requires(classes = StsClient.class)
public class AccountCredentials {

    private static final String SESSION = "resas-ops-collector";

    private final MonitoredSystem system;
    private final Provider<StsClient> sts;
    private final Map<String, StsAssumeRoleCredentialsProvider> providers = new ConcurrentHashMap<>();

    /** @param sts made when a role is first assumed (a function that reads only its own account needs no STS client) */
    AccountCredentials(MonitoredSystem system, Provider<StsClient> sts) {
        this.system = system;
        this.sts = sts;
    }

    public AwsCredentialsProvider of(MonitoredService service) {
        return of(system.account(service.account()).orElseThrow(() -> new IllegalArgumentException(
                "service " + service.id() + " has no monitored account (RESAS Ops uses its own credentials)")));
    }

    public AwsCredentialsProvider of(MonitoredAccount account) {
        return providers.computeIfAbsent(account.name(), name -> StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts.get())
                .refreshRequest(request -> request.roleArn(account.readRoleArn())
                        .externalId(account.readRole().externalId())
                        .roleSessionName(SESSION)
                        .durationSeconds(3600))
                .build());
    }

    /** {@code builder} with the service account's credentials, {@code region} and the URLConnection HTTP client. */
    public <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder,
            MonitoredService service, Region region) {
        return builder.credentialsProvider(of(service)).region(region).httpClient(UrlConnectionHttpClient.create());
    }

    /** {@code builder} with the account's credentials, {@code region} and the URLConnection HTTP client. */
    public <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder,
            MonitoredAccount account, Region region) {
        return builder.credentialsProvider(of(account)).region(region).httpClient(UrlConnectionHttpClient.create());
    }
}
