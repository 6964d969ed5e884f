package jp.resas.ops.platform.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.Optional;
import jp.resas.ops.platform.settings.Setting;

/**
 * {@code resas.security.*} of the API's token checks, checked at start: {@code issuer} (env
 * {@code RESAS_SECURITY_ISSUER}: the Cognito user pool's, or {@value LocalJwtIssuer#ISSUER} on one machine; with
 * none every bearer token is refused) and the cache of verified tokens, {@code token-cache.max-entries}
 * ({@code RESAS_SECURITY_TOKEN_CACHE_MAX_ENTRIES}, default {@value TokenCache#DEFAULT_MAX_ENTRIES}; 0 turns the
 * cache off) and {@code token-cache.max-age} ({@code RESAS_SECURITY_TOKEN_CACHE_MAX_AGE}, default {@code 60s}).
 * ({@code resas.security.regions} is the vulnerability collector's.)
 */
@Context
@ConfigurationProperties("resas.security")
public record SecuritySettings(@Nullable String issuer, @Nullable TokenCache tokenCache) {

    public SecuritySettings {
        issuer = Setting.text(issuer);
        tokenCache = tokenCache == null ? new TokenCache(null, null) : tokenCache;
    }

    /** The issuer tokens must name; empty: none configured. */
    public Optional<String> expectedIssuer() {
        return Optional.ofNullable(issuer);
    }

    /** The issuer, which {@code what} cannot work without. */
    public String requiredIssuer(String what) {
        return Setting.required("resas.security.issuer", issuer, what);
    }

    /** {@code resas.security.token-cache.*}: how many verified tokens are kept, and for how long at most. */
    @ConfigurationProperties("token-cache")
    public record TokenCache(@Nullable Integer maxEntries, @Nullable String maxAge) {

        public static final int DEFAULT_MAX_ENTRIES = 10_000;
        public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(60);

        public TokenCache {
            Setting.notNegative("resas.security.token-cache.max-entries", maxEntries, DEFAULT_MAX_ENTRIES);
            Setting.period("resas.security.token-cache.max-age", maxAge, DEFAULT_MAX_AGE);
        }

        public int entries() {
            return Setting.notNegative("resas.security.token-cache.max-entries", maxEntries, DEFAULT_MAX_ENTRIES);
        }

        public Duration age() {
            return Setting.period("resas.security.token-cache.max-age", maxAge, DEFAULT_MAX_AGE);
        }
    }
}
