package jp.resas.ops.backup.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.resas.ops.backup.AccountBackupSource;
import jp.resas.ops.backup.BackupSource;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.platform.aws.AwsSettings;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;

/**
 * AWS Backup clients (and the Resource Groups Tagging API's, for backup selections by tag) from the default builder (so {@code AWS_ENDPOINT_URL} works), one per region, made when
 * first asked for: RESAS Ops' own account with the function's credentials, each monitored account with its
 * read role assumed.
 */
@Factory
class BackupSourceFactory {

    @Singleton
    @Requires(missingBeans = BackupSource.class)
    BackupSource ownBackups(AwsSettings aws) {
        Map<String, BackupClient> clients = new ConcurrentHashMap<>();
        Map<String, ResourceGroupsTaggingApiClient> tagging = new ConcurrentHashMap<>();
        return new AwsBackupSource(region -> clients.computeIfAbsent(region, r ->
                aws.inRegion(BackupClient.builder(), Region.of(r))
                        .httpClient(UrlConnectionHttpClient.create()).build()),
                region -> tagging.computeIfAbsent(region, r -> aws.inRegion(ResourceGroupsTaggingApiClient.builder(),
                        Region.of(r)).httpClient(UrlConnectionHttpClient.create()).build()), "");
    }

    @Singleton
    @Requires(missingBeans = AccountBackupSource.class)
    AccountBackupSource accountBackups(AccountCredentials credentials) {
        return account -> {
            Map<String, BackupClient> clients = new ConcurrentHashMap<>();
            Map<String, ResourceGroupsTaggingApiClient> tagging = new ConcurrentHashMap<>();
            return new AwsBackupSource(region -> clients.computeIfAbsent(region, r -> credentials.configure(
                    BackupClient.builder(), account, Region.of(r)).build()),
                    region -> tagging.computeIfAbsent(region, r -> credentials.configure(
                            ResourceGroupsTaggingApiClient.builder(), account, Region.of(r)).build()), account.name());
        };
    }
}
