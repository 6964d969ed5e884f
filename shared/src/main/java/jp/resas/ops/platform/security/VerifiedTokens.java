package jp.resas.ops.platform.security;

import io.micronaut.security.authentication.Authentication;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens the API has already verified (signature, then {@link AccessTokenPolicy}), kept by the SHA-256 of
 * the token so a repeated request skips the HMAC/RSA check, the claims' parsing and the validator's thread hop
 * (issue 18). Only a token that passed the full check is remembered; a changed byte is another hash, so a tampered
 * token is always checked in full. An entry is answered until the token's own {@code exp} (never after) and at
 * most {@code maxAge} after it was verified, so a signing key withdrawn from the user pool's JWKS (or a data
 * directory's secret changed) stops being honoured within {@code maxAge} plus the JWKS cache's own refresh. At most
 * {@code maxEntries}: when full, expired entries go first, then everything (the next requests are checked again).
 */
public final class VerifiedTokens {

    private record Entry(Authentication who, Instant until) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Duration maxAge;
    private final Clock clock;

    public VerifiedTokens(int maxEntries, Duration maxAge, Clock clock) {
        if (maxEntries < 0 || maxAge.isNegative()) {
            throw new IllegalArgumentException("the token cache's size and age must not be negative: " + maxEntries
                    + ", " + maxAge);
        }
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Who the token names, when it was verified before and neither it nor its entry has expired since. */
    public Optional<Authentication> find(String token) {
        if (maxEntries == 0) {
            return Optional.empty();
        }
        String key = key(token);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.who());
    }

    /** Keeps a token that has just passed the full check; one without a readable future expiry is not kept. */
    public void remember(String token, Authentication who) {
        Instant expiry = expiry(who.getAttributes().get("exp"));
        Instant now = clock.instant();
        if (maxEntries == 0 || maxAge.isZero() || expiry == null || !expiry.isAfter(now)) {
            return;
        }
        Instant limit = now.plus(maxAge);
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(key(token), new Entry(who, expiry.isBefore(limit) ? expiry : limit));
    }

    /** How many entries are held (for tests of the bound). */
    int size() {
        return entries.size();
    }

    /** One digest a thread: looking SHA-256 up in the security providers cost more than hashing the token. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    });

    private static String key(String token) {
        return Base64.getEncoder().encodeToString(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static Instant expiry(Object exp) {
        if (exp instanceof Date date) {
            return date.toInstant();
        }
        if (exp instanceof Instant instant) {
            return instant;
        }
        if (exp instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
