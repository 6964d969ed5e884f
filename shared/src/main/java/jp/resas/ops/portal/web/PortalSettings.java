package jp.resas.ops.portal.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import jp.resas.ops.platform.settings.Setting;

/**
 * The portal's own {@code resas.portal.*}, checked at start (the links' base URL is {@code PortalLinkSettings},
 * outside this package because event functions need it): {@code origins} (env {@code RESAS_PORTAL_ORIGINS},
 * comma-separated http(s) origins the portal is also served from, e.g. behind a proxy that rewrites
 * {@code Host}; {@link CrossOriginGuard}) and Cognito's managed login, {@code cognito.*} ({@link ManagedLogin}).
 */
@Context
@ConfigurationProperties("resas.portal")
public record PortalSettings(@Nullable List<String> origins, @Nullable Cognito cognito) {

    public PortalSettings {
        origins = origins == null ? List.of() : origins.stream().map(String::strip).filter(o -> !o.isEmpty())
                .map(PortalSettings::authority).distinct().toList();
        cognito = cognito == null ? new Cognito(null, null, null, null, null) : cognito;
    }

    /** host[:port] of an origin, lower case; refused when it is not an http(s) URL. */
    private static String authority(String origin) {
        URI uri = Setting.url("resas.portal.origins", origin);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
    }

    /**
     * {@code resas.portal.cognito.*}, set from the ops-api function's environment: the user pool {@code domain}
     * (an https URL), the portal's app {@code client-id}, the {@code callback-url} and {@code logout-url}
     * registered on it, and {@code refresh-token-validity} (default {@code 12h}). With a client id the other
     * three must be set.
     */
    @ConfigurationProperties("cognito")
    public record Cognito(@Nullable String domain, @Nullable String clientId, @Nullable String callbackUrl,
            @Nullable String logoutUrl, @Nullable String refreshTokenValidity) {

        static final String PREFIX = "resas.portal.cognito.";
        static final Duration DEFAULT_REFRESH_VALIDITY = Duration.ofHours(12);

        public Cognito {
            clientId = Setting.text(clientId);
            domain = url("domain", domain, clientId);
            callbackUrl = url("callback-url", callbackUrl, clientId);
            logoutUrl = url("logout-url", logoutUrl, clientId);
            Setting.period(PREFIX + "refresh-token-validity", refreshTokenValidity, DEFAULT_REFRESH_VALIDITY);
        }

        private static String url(String name, @Nullable String value, @Nullable String clientId) {
            URI uri = Setting.url(PREFIX + name, value);
            if (uri == null && clientId != null) {
                throw Setting.invalid(PREFIX + "client-id", "Cognito's managed login also needs " + PREFIX + name
                        + " (" + Setting.variable(PREFIX + name) + ")");
            }
            return uri == null ? null : uri.toString();
        }

        public Duration refreshValidity() {
            return Setting.period(PREFIX + "refresh-token-validity", refreshTokenValidity, DEFAULT_REFRESH_VALIDITY);
        }
    }
}
