package jp.resas.ops.estat;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the API is and how long a page may take. {@code baseUrl} defaults to
 * {@code https://api.e-stat.go.jp/rest/3.0/app/json}; {@code pageSize} to 100,000 values (the API's maximum).
 */
public record EstatSettings(URI baseUrl, String appId, Duration pageTimeout, int pageSize) {

    public static final URI DEFAULT_BASE = URI.create("https://api.e-stat.go.jp/rest/3.0/app/json");

    public EstatSettings {
        baseUrl = baseUrl == null ? DEFAULT_BASE : baseUrl;
        Objects.requireNonNull(appId, "appId");
        pageTimeout = pageTimeout == null ? Duration.ofSeconds(60) : pageTimeout;
        pageSize = pageSize <= 0 ? 100_000 : pageSize;
    }

    @Override
    public String toString() {
        return "EstatSettings[baseUrl=" + baseUrl + ", appId=***, pageTimeout=" + pageTimeout + ", pageSize=" + pageSize + "]";
    }
}
