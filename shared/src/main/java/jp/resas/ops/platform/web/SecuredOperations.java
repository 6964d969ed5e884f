package jp.resas.ops.platform.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What each API operation's {@code @Secured} (on the method, or inherited from its controller) lets a
 * refused caller see: 401 when a token is needed, 403 too when only some roles may call it. Read from
 * the router, so every controller is covered without being listed.
 */
@Singleton
public class SecuredOperations {

    private final Router router;

    SecuredOperations(Router router) {
        this.router = router;
    }

    /** {@code "post /rounds"} → {@code ["401", "403"]}; anonymous operations are left out. */
    public Map<String, Set<String>> refusals() {
        Map<String, Set<String>> codes = new LinkedHashMap<>();
        router.uriRoutes().forEach(route -> {
            Set<String> refused = refusals(route);
            if (!refused.isEmpty()) {
                codes.put(key(route.getHttpMethod(), path(route)), refused);
            }
        });
        return codes;
    }

    static String key(HttpMethod method, String path) {
        return method.name().toLowerCase(Locale.ROOT) + " " + path;
    }

    private static Set<String> refusals(UriRouteInfo<?, ?> route) {
        List<String> rules = List.of(route.getAnnotationMetadata().stringValues(Secured.class));
        if (rules.isEmpty() || rules.contains(SecurityRule.IS_ANONYMOUS)) {
            // Without @Secured nothing is served (the security filter denies it); anonymous needs no token.
            return rules.isEmpty() ? Set.of("401", "403") : Set.of();
        }
        return rules.equals(List.of(SecurityRule.IS_AUTHENTICATED)) ? Set.of("401") : Set.of("401", "403");
    }

    /** The route's path as OpenAPI writes it: no query part, no variable's pattern ({@code {id:[0-9]+}} is {@code {id}}). */
    private static String path(UriRouteInfo<?, ?> route) {
        String template = route.getUriMatchTemplate().toPathString();
        int query = template.indexOf("{?");
        String path = (query < 0 ? template : template.substring(0, query)).replaceAll("\\{(\\w+):[^}]*}", "{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
