package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a function's environment becomes the platform's settings: here, the e-Stat appId from its secret. */
class LambdaPlatformTest {

    private static final String ESTAT_ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:EstatAppId-AbCdEf";
    private static final String APP_ID = "0123456789abcdef0123456789abcdef01234567";
    private static final DatabaseSecrets NO_DATABASE_SECRET = (arn, host, db) -> {
        throw new AssertionError("the database is given by URL");
    };

    private static Map<String, Object> properties(Map<String, String> extra, SecretStrings secrets) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("RESAS_DB_URL", "jdbc:postgresql://localhost/resas"));
        env.putAll(extra);
        return LambdaPlatform.properties(env, NO_DATABASE_SECRET, secrets);
    }

    private static SecretStrings holding(String text) {
        return arn -> {
            assertThat(arn).isEqualTo(ESTAT_ARN);
            return text;
        };
    }

    @Test
    void givenAnEstatSecretHoldingThePlainAppId_thenItBecomesTheEstatAppIdSetting() {
        Map<String, Object> properties = properties(Map.of("RESAS_ESTAT_SECRET_ARN", ESTAT_ARN), holding(APP_ID + "\n"));

        assertThat(properties).containsEntry("resas.pipeline.estat-app-id", APP_ID);
    }

    @Test
    void givenAnEstatSecretHoldingJsonWithAnAppIdField_thenThatFieldBecomesTheSetting() {
        Map<String, Object> properties = properties(Map.of("RESAS_ESTAT_SECRET_ARN", ESTAT_ARN),
                holding("{\"appId\":\"" + APP_ID + "\",\"registeredBy\":\"resas-ops\"}"));

        assertThat(properties).containsEntry("resas.pipeline.estat-app-id", APP_ID);
    }

    @Test
    void givenJsonWithoutAppId_thenStartIsRefusedNamingTheFieldButNotTheSecret() {
        assertThatThrownBy(() -> properties(Map.of("RESAS_ESTAT_SECRET_ARN", ESTAT_ARN), holding("{\"appid\":\"" + APP_ID + "\"}")))
                .hasMessageContaining("'appId'").hasMessageContaining(ESTAT_ARN).hasMessageNotContaining(APP_ID);
    }

    @Test
    void givenNoEstatSecretArn_thenNoSecretIsReadAndNoAppIdIsSet() {
        Map<String, Object> properties = properties(Map.of(), arn -> {
            throw new AssertionError("no secret should be read");
        });

        assertThat(properties).doesNotContainKey("resas.pipeline.estat-app-id");
    }
}
