package jp.resas.ops.ledger.account.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.resas.ops.ledger.account.AccountDirectories;
import jp.resas.ops.ledger.account.AccountDirectory;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.platform.aws.AwsSettings;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * IAM (global) and Cognito (per region) clients from the SDK's default builders (so {@code AWS_ENDPOINT_URL}
 * works), made when first asked for: RESAS Ops' own account with the function's credentials, each monitored
 * account's IAM with its read role assumed.
 */
@Factory
class AccountDirectoryFactory {

    @Singleton
    @Requires(missingBeans = AccountDirectory.class)
    AccountDirectory accountDirectory(Clock clock, AwsSettings aws) {
        Map<String, IamClient> iam = new ConcurrentHashMap<>();
        Map<String, CognitoIdentityProviderClient> cognito = new ConcurrentHashMap<>();
        return new AwsAccountDirectory(
                () -> iam.computeIfAbsent("global", k -> aws.inRegion(IamClient.builder(), Region.AWS_GLOBAL)
                        .httpClient(UrlConnectionHttpClient.create()).build()),
                region -> cognito.computeIfAbsent(region, r ->
                        aws.inRegion(CognitoIdentityProviderClient.builder(), Region.of(r))
                                .httpClient(UrlConnectionHttpClient.create()).build()),
                clock, duration -> Thread.sleep(duration.toMillis()));
    }

    @Singleton
    @Requires(missingBeans = AccountDirectories.class)
    AccountDirectories accountDirectories(AccountCredentials credentials, Clock clock) {
        return account -> {
            Map<String, IamClient> iam = new ConcurrentHashMap<>();
            return new AwsAccountDirectory(
                    () -> iam.computeIfAbsent("global", k -> credentials.configure(IamClient.builder(), account,
                            Region.AWS_GLOBAL).build()),
                    region -> {
                        throw new IllegalStateException("Cognito user pools are read in RESAS Ops' own account");
                    },
                    clock, duration -> Thread.sleep(duration.toMillis()));
        };
    }
}
