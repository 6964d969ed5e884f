package jp.resas.ops.testutils;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.platform.security.LocalSecurity;

/** Settings and tokens for tests that start the platform's Micronaut context on a fresh database. */
public final class TestPlatform {

    public static final String SECRET = "test-secret-0123456789abcdef0123456789abcdef0123456789";

    private TestPlatform() {
    }

    public static Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>();
        TestDatabase.properties().forEach((key, value) -> properties.put(key, String.valueOf(value)));
        LocalSecurity.properties(SECRET).forEach((key, value) -> properties.put(key, String.valueOf(value)));
        return properties;
    }

    public static String token(String user, String... groups) {
        return LocalSecurity.issuer(SECRET, Clock.systemUTC()).issue(user, List.of(groups), Duration.ofHours(1));
    }
}
