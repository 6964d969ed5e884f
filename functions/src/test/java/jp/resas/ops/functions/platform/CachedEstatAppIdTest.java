package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The e-Stat appId is read from its secret at use, kept five minutes, then read again. */
class CachedEstatAppIdTest {

    private static final String ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:EstatAppId-AbCdEf";
    private static final String APP_ID = "0123456789abcdef0123456789abcdef01234567";
    private static final Instant T0 = Instant.parse("2027-01-04T00:00:00Z");

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = T0;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final List<String> reads = new ArrayList<>();
    private final List<String> stored = new ArrayList<>(List.of(APP_ID + "\n"));
    private final MovingClock clock = new MovingClock();
    private final SecretStrings secrets = arn -> {
        assertThat(arn).isEqualTo(ARN);
        reads.add(arn);
        return stored.get(stored.size() - 1);
    };

    @Test
    void nothingIsRead_untilTheAppIdIsAskedFor() {
        new CachedEstatAppId(secrets, ARN, clock);

        assertThat(reads).isEmpty();
    }

    @Test
    void thePlainAppId_isReadAtFirstUse_andKeptWithinTheTtl() {
        CachedEstatAppId appId = new CachedEstatAppId(secrets, ARN, clock);

        assertThat(appId.current()).contains(APP_ID);
        clock.now = T0.plus(CachedEstatAppId.TTL).minusSeconds(1);
        assertThat(appId.current()).contains(APP_ID);
        assertThat(reads).hasSize(1);
    }

    @Test
    void aReissuedAppId_isUsedOnceTheTtlHasPassed() {
        CachedEstatAppId appId = new CachedEstatAppId(secrets, ARN, clock);
        appId.current();

        stored.add("{\"appId\":\"fedcba9876543210\",\"registeredBy\":\"resas-ops\"}");
        clock.now = T0.plus(CachedEstatAppId.TTL);

        assertThat(appId.current()).contains("fedcba9876543210");
        assertThat(reads).hasSize(2);
    }

    @Test
    void jsonWithoutAppId_isRefusedNamingTheFieldAndSecret_butNotTheValue() {
        stored.add("{\"appid\":\"" + APP_ID + "\"}");
        CachedEstatAppId appId = new CachedEstatAppId(secrets, ARN, clock);

        assertThatThrownBy(appId::current).hasMessageContaining("'appId'").hasMessageContaining(ARN)
                .hasMessageNotContaining(APP_ID);
    }

    @Test
    void aFailedRead_isNotCached_theNextUseReadsAgain() {
        CachedEstatAppId appId = new CachedEstatAppId(secrets, ARN, clock);
        stored.add("   ");
        assertThatThrownBy(appId::current).hasMessageContaining("is empty");

        stored.add(APP_ID);
        clock.now = T0.plus(Duration.ofSeconds(1));
        assertThat(appId.current()).contains(APP_ID);
    }
}
