package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.util.Map;
import jp.resas.ops.testutils.TestDatabase;
import jp.resas.ops.platform.security.RatingLinkSecret;
import jp.resas.ops.platform.security.RatingLinks;
import org.junit.jupiter.api.Test;
import software.amazon.lambda.powertools.parameters.cache.CacheManager;

/**
 * A function told {@code RESAS_RATING_SECRET_ARN} (as the CDK app tells the API) signs and checks rating
 * links with that Secrets Manager secret, read through the real SDK client from a local endpoint answering
 * GetSecretValue in Secrets Manager's JSON wire format: not at start, then from the cache.
 */
class RatingLinkSecretTest {

    private static final String ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:RatingLinkSecret-AbCdEf";
    private static final String SECRET = "k3Jd9sLq0PzW7xVb2NmT5yHc8RfG1aUe4iOo6pQs";

    @Test
    void aFunctionWithTheSecretArn_readsTheSecretViaTheSdkWhenALinkIsMade_notAtStart_andCachesIt() throws Exception {
        try (SecretsManagerEndpoint endpoint = new SecretsManagerEndpoint()) {
            endpoint.put(ARN, SECRET, "EXAMPLE1-90ab-cdef-fedc-ba987SECRET1");
            try (ApplicationContext context = LambdaPlatform.start(Map.of("RESAS_DB_URL", TestDatabase.newDatabase(),
                    "RESAS_DB_USER", "postgres", "RESAS_DB_PASSWORD", "postgres", LambdaPlatform.RATING_SECRET_ARN, ARN),
                    (arn, host, db) -> {
                        throw new AssertionError("the database is given by URL");
                    }, new PowertoolsSecrets(endpoint.client(), new CacheManager()))) {
                assertThat(endpoint.asked()).isEmpty();

                RatingLinkSecret secret = context.getBean(RatingLinkSecret.class);
                String link = new RatingLinks(secret.current(), Clock.systemUTC()).issue(42, "suzuki");

                assertThat(new RatingLinks(SECRET, Clock.systemUTC()).verify(link))
                        .hasValueSatisfying(c -> assertThat(c.inquiryId()).isEqualTo(42));
                assertThat(new RatingLinks(SECRET + "x", Clock.systemUTC()).verify(link)).isEmpty();
                assertThat(new RatingLinks(secret.current(), Clock.systemUTC()).verify(link)).isPresent();
                assertThat(endpoint.asked()).containsExactly("secretsmanager.GetSecretValue " + ARN);
            }
        }
    }

    @Test
    void aSecretTooShortToSignWith_isRefusedNamingIt() throws Exception {
        try (SecretsManagerEndpoint endpoint = new SecretsManagerEndpoint()) {
            endpoint.put(ARN, "short", "v1");
            SecretRatingLinkSecret secret = new SecretRatingLinkSecret(
                    new PowertoolsSecrets(endpoint.client(), new CacheManager()), ARN);

            assertThatThrownBy(secret::current).isInstanceOf(IllegalStateException.class).hasMessageContaining(ARN)
                    .hasMessageContaining("at least 32");
        }
    }
}
