package jp.resas.ops.ledger.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import jp.resas.ops.platform.settings.Setting;

/**
 * {@code resas.ledger.*}, checked at start (a bad value stops the context naming the property):
 * <ul>
 * <li>{@code regions} (env {@code RESAS_LEDGER_REGIONS}, comma-separated, default
 *     {@value #DEFAULT_REGIONS}): where {@code asset-discovery} and {@code configuration-snapshot} read RESAS Ops'
 *     own account (a monitored account's regions come from the description);</li>
 * <li>{@code aws-config} ({@code RESAS_LEDGER_AWS_CONFIG}, default {@code false}): the configuration snapshot
 *     reads AWS Config's recorded resources too;</li>
 * <li>{@code cognito-user-pools} ({@code RESAS_LEDGER_COGNITO_USER_POOLS}, comma-separated pool ids, default
 *     none): whose users {@code account-collection} reads for the account review.</li>
 * </ul>
 */
@Context
@ConfigurationProperties("resas.ledger")
public record LedgerSettings(@Nullable String regions, @Nullable Boolean awsConfig, @Nullable String cognitoUserPools) {

    public static final String DEFAULT_REGIONS = "ap-northeast-1,us-east-1";
    private static final String REGIONS = "resas.ledger.regions";

    public LedgerSettings {
        Setting.regions(REGIONS, regions, DEFAULT_REGIONS);
        for (String pool : Setting.items(cognitoUserPools)) {
            // A pool id is its region, an underscore and its id (ap-northeast-1_AbCdEf123).
            if (!pool.matches("[a-z]{2}(-[a-z]+)+-[0-9]+_[0-9A-Za-z]+")) {
                throw Setting.invalid("resas.ledger.cognito-user-pools", "'" + pool
                        + "' is not a Cognito user pool id (REGION_ID, e.g. ap-northeast-1_AbCdEf123)");
            }
        }
    }

    /** RESAS Ops' own account's regions. */
    public List<String> ownRegions() {
        return Setting.regions(REGIONS, regions, DEFAULT_REGIONS);
    }

    public boolean readsAwsConfig() {
        return Boolean.TRUE.equals(awsConfig);
    }

    public List<String> userPools() {
        return Setting.items(cognitoUserPools);
    }
}
