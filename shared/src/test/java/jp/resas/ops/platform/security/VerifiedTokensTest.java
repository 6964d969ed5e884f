package jp.resas.ops.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verified-token cache's rules, on a clock the test moves. */
class VerifiedTokensTest {

    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        private Instant now = T0;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final MovingClock clock = new MovingClock();

    private static Authentication who(String user, Object exp) {
        return Authentication.build(user, List.of("operator"), exp == null ? Map.of() : Map.of("exp", exp));
    }

    @Test
    void aRememberedToken_isFound_andOnlyThatExactToken() {
        VerifiedTokens cache = new VerifiedTokens(100, Duration.ofMinutes(1), clock);
        cache.remember("aaa.bbb.ccc", who("kato", Date.from(T0.plusSeconds(3600))));

        assertThat(cache.find("aaa.bbb.ccc")).map(Authentication::getName).contains("kato");
        assertThat(cache.find("aaa.bbb.ccd")).isEmpty();
        assertThat(cache.find("aaa.bbX.ccc")).isEmpty();
        assertThat(cache.find("aaa.bbb.ccc ")).isEmpty();
    }

    @Test
    void anEntry_endsAtTheTokensExpiry_evenWithinMaxAge() {
        VerifiedTokens cache = new VerifiedTokens(100, Duration.ofMinutes(10), clock);
        cache.remember("t", who("kato", T0.plusSeconds(30).getEpochSecond()));

        clock.advance(Duration.ofSeconds(29));
        assertThat(cache.find("t")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.find("t")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void anEntry_endsAfterMaxAge_soAWithdrawnKeyIsCheckedAgain() {
        VerifiedTokens cache = new VerifiedTokens(100, Duration.ofSeconds(60), clock);
        cache.remember("t", who("kato", Date.from(T0.plusSeconds(3600))));

        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.find("t")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.find("t")).isEmpty();
    }

    @Test
    void aTokenWithoutAFutureExpiry_isNotKept() {
        VerifiedTokens cache = new VerifiedTokens(100, Duration.ofSeconds(60), clock);
        cache.remember("none", who("kato", null));
        cache.remember("past", who("kato", Date.from(T0.minusSeconds(1))));
        cache.remember("now", who("kato", Date.from(T0)));
        cache.remember("text", who("kato", "2099-01-01"));

        assertThat(cache.find("none")).isEmpty();
        assertThat(cache.find("past")).isEmpty();
        assertThat(cache.find("now")).isEmpty();
        assertThat(cache.find("text")).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void theCache_staysWithinItsBound() {
        VerifiedTokens cache = new VerifiedTokens(3, Duration.ofSeconds(60), clock);
        for (int i = 0; i < 10; i++) {
            cache.remember("t" + i, who("u" + i, Date.from(T0.plusSeconds(3600))));
            assertThat(cache.size()).isLessThanOrEqualTo(3);
        }
        assertThat(cache.find("t9")).map(Authentication::getName).contains("u9");
    }

    @Test
    void whenFull_expiredEntriesGoFirst() {
        VerifiedTokens cache = new VerifiedTokens(2, Duration.ofSeconds(60), clock);
        cache.remember("short", who("a", Date.from(T0.plusSeconds(10))));
        cache.remember("long", who("b", Date.from(T0.plusSeconds(3600))));
        clock.advance(Duration.ofSeconds(10));
        cache.remember("new", who("c", Date.from(T0.plusSeconds(3600))));

        assertThat(cache.find("long")).map(Authentication::getName).contains("b");
        assertThat(cache.find("new")).map(Authentication::getName).contains("c");
    }

    @Test
    void sizeZero_orAgeZero_turnsTheCacheOff_andNegativeIsRefused() {
        VerifiedTokens off = new VerifiedTokens(0, Duration.ofSeconds(60), clock);
        off.remember("t", who("kato", Date.from(T0.plusSeconds(3600))));
        VerifiedTokens ageless = new VerifiedTokens(10, Duration.ZERO, clock);
        ageless.remember("t", who("kato", Date.from(T0.plusSeconds(3600))));

        assertThat(off.find("t")).isEmpty();
        assertThat(ageless.find("t")).isEmpty();
        assertThatThrownBy(() -> new VerifiedTokens(-1, Duration.ofSeconds(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerifiedTokens(1, Duration.ofSeconds(-1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
