package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.lambda.powertools.parameters.cache.CacheManager;

/**
 * Secrets through Powertools parameters, with the real SDK client against a local endpoint in Secrets
 * Manager's wire format: read at first use, served from the cache within the max age, read again after
 * it (a rotated value is then used), and the e-Stat appId read through it.
 */
class PowertoolsSecretsTest {

    private static final String ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:EstatAppId-AbCdEf";
    private static final String GET = "secretsmanager.GetSecretValue " + ARN;

    /** Powertools' cache with the test's view of time: the entries' expiry is real, "now" is moved forward. */
    private static final class MovedCache extends CacheManager {
        private Duration ahead = Duration.ZERO;

        @Override
        public <T> java.util.Optional<T> getIfNotExpired(String key, Instant now) {
            return super.getIfNotExpired(key, now.plus(ahead));
        }
    }

    private final SecretsManagerEndpoint endpoint = new SecretsManagerEndpoint();
    private final MovedCache cache = new MovedCache();
    private final PowertoolsSecrets secrets = new PowertoolsSecrets(endpoint.client(), cache);

    @AfterEach
    void stop() {
        endpoint.close();
    }

    @Test
    void nothingIsAsked_untilASecretIsRead() {
        endpoint.put(ARN, "0123456789abcdef", "v1");

        new SecretEstatAppId(secrets, ARN);

        assertThat(endpoint.asked()).isEmpty();
    }

    @Test
    void aSecret_isReadOnce_andServedFromTheCacheWithinTheMaxAge() {
        endpoint.put(ARN, "0123456789abcdef", "v1");

        assertThat(secrets.read(ARN)).isEqualTo("0123456789abcdef");
        cache.ahead = PowertoolsSecrets.MAX_AGE.minusSeconds(5);
        assertThat(secrets.read(ARN)).isEqualTo("0123456789abcdef");

        assertThat(endpoint.asked()).containsExactly(GET);
    }

    @Test
    void afterARotation_theOldValueIsUsedUntilTheMaxAge_thenTheNewOne() {
        endpoint.put(ARN, "{\"appId\":\"old-app-id\"}", "v1");
        SecretEstatAppId appId = new SecretEstatAppId(secrets, ARN);
        assertThat(appId.current()).contains("old-app-id");

        endpoint.put(ARN, "{\"appId\":\"new-app-id\",\"registeredBy\":\"resas-ops\"}", "v2");
        assertThat(appId.current()).contains("old-app-id");
        cache.ahead = PowertoolsSecrets.MAX_AGE.plusSeconds(1);

        assertThat(appId.current()).contains("new-app-id");
        assertThat(endpoint.asked()).containsExactly(GET, GET);
    }

    @Test
    void aMissingSecret_failsWithSecretsManagersError_andIsAskedAgainNextTime() {
        assertThatThrownBy(() -> secrets.read(ARN)).isInstanceOf(ResourceNotFoundException.class);

        endpoint.put(ARN, "0123456789abcdef", "v1");
        assertThat(secrets.read(ARN)).isEqualTo("0123456789abcdef");
        assertThat(endpoint.asked()).containsExactly(GET, GET);
    }

    @Test
    void jsonWithoutAppId_isRefusedNamingTheFieldAndSecret_butNotTheValue() {
        endpoint.put(ARN, "{\"appid\":\"0123456789abcdef\"}", "v1");

        assertThatThrownBy(() -> new SecretEstatAppId(secrets, ARN).current()).hasMessageContaining("'appId'")
                .hasMessageContaining(ARN).hasMessageNotContaining("0123456789abcdef");
    }

    @Test
    void anEmptyAppId_isRefused() {
        endpoint.put(ARN, "   ", "v1");

        assertThatThrownBy(() -> new SecretEstatAppId(secrets, ARN).current()).hasMessageContaining("is empty");
    }
}
