package jp.resas.ops.platform.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.reactivestreams.Publisher;

/**
 * Micronaut's token authentication with {@link VerifiedTokens} in front: a bearer token verified before is answered
 * from the cache; any other goes through every validator as before and, when accepted, is remembered. Settings:
 * {@code resas.security.token-cache.max-entries} (default 10000; 0 turns the cache off) and
 * {@code resas.security.token-cache.max-age} (default 60s), in {@link SecuritySettings}.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
final class CachingTokenAuthenticationFetcher extends TokenAuthenticationFetcher {

    private final TokenResolver<HttpRequest<?>> resolver;
    private final VerifiedTokens verified;

    CachingTokenAuthenticationFetcher(List<TokenValidator<HttpRequest<?>>> validators,
            TokenResolver<HttpRequest<?>> resolver, ApplicationEventPublisher<TokenValidatedEvent> events,
            HttpHostResolver hosts, HttpLocaleResolver locales,
            SecuritySettings settings) {
        super(validators, resolver, events, hosts, locales);
        this.resolver = resolver;
        this.verified = new VerifiedTokens(settings.tokenCache().entries(), settings.tokenCache().age(),
                Clock.systemUTC());
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        List<String> tokens = resolver.resolveTokens(request);
        if (tokens == null || tokens.size() != 1) {
            return super.fetchAuthentication(request);
        }
        String token = tokens.get(0);
        Optional<Authentication> known = verified.find(token);
        if (known.isPresent()) {
            request.setAttribute(SecurityFilter.TOKEN, token);
            return Publishers.just(known.get());
        }
        return Publishers.then(super.fetchAuthentication(request), who -> verified.remember(token, who));
    }
}
