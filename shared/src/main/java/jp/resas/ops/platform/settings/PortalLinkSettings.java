package jp.resas.ops.platform.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;

/**
 * {@code resas.portal.base-url} (env {@code RESAS_PORTAL_BASE_URL}, default {@value #DEFAULT_BASE_URL}), checked
 * at start: the base of the links that notifications and report notices carry. Outside the portal's package on
 * purpose: event functions (the notification sweep, the report schedule) start without the portal's beans.
 */
@Context
@ConfigurationProperties("resas.portal")
public record PortalLinkSettings(@Nullable String baseUrl) {

    public static final String DEFAULT_BASE_URL = "http://localhost:8080";

    public PortalLinkSettings {
        URI uri = Setting.url("resas.portal.base-url", baseUrl);
        baseUrl = uri == null ? DEFAULT_BASE_URL : uri.toString();
    }

    /** The base URL without a trailing slash, ready for {@code + "/portal/…"}. */
    public String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
