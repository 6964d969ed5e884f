package jp.resas.ops.portal.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.platform.security.CognitoTokens;
import jp.resas.ops.platform.security.Pkce;
import jp.resas.ops.platform.security.SecuritySettings;
import jp.resas.ops.portal.infrastructure.CognitoTokenEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In AWS: logging in through Cognito's managed login with the authorization code grant and PKCE.
 * {@code /portal/login} makes a code verifier, a state and a nonce, keeps them in a short-lived HttpOnly
 * cookie scoped to the callback, and sends the browser to the managed login with the S256 challenge.
 * {@code /portal/callback} takes the cookie once (cleared whatever happens), refuses a state that is not
 * the cookie's, redeems the code with the verifier, checks both tokens ({@link CognitoTokens}) and keeps the
 * access token as the session cookie the API's checks accept, until it expires.
 */
@Controller("/portal")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(beans = ManagedLogin.class)
class ManagedLoginController {

    static final String ATTEMPT_COOKIE = "resas_login";
    static final Duration ATTEMPT_VALIDITY = Duration.ofMinutes(10);
    private static final String CALLBACK = "/portal/callback";
    private static final Logger LOG = LoggerFactory.getLogger(ManagedLoginController.class);

    private final ManagedLogin login;
    private final CognitoTokenEndpoint tokenEndpoint;
    private final CognitoTokens tokens;
    private final Clock clock;

    ManagedLoginController(ManagedLogin login, SecuritySettings security, Clock clock) {
        this.login = login;
        this.tokenEndpoint = new CognitoTokenEndpoint(login.domain(), login.clientId(), login.callbackUrl());
        this.tokens = new CognitoTokens(security.requiredIssuer("Cognito's managed login checks the tokens' issuer"),
                login.clientId(), clock);
        this.clock = clock;
    }

    @Get(value = "/login", produces = MediaType.TEXT_HTML)
    HttpResponse<?> start(HttpRequest<?> request) {
        Attempt attempt = new Attempt(Pkce.random(), Pkce.random(), Pkce.random());
        return HttpResponse.seeOther(login.authorize(attempt.state(), attempt.nonce(), Pkce.challenge(attempt.verifier())))
                .cookie(attemptCookie(attempt.encode(), request).maxAge(ATTEMPT_VALIDITY));
    }

    @Get(value = "/callback", produces = MediaType.TEXT_HTML)
    HttpResponse<?> callback(@Nullable @QueryValue String code, @Nullable @QueryValue String state,
            @Nullable @QueryValue String error, HttpRequest<?> request) {
        Cookie spent = attemptCookie("", request).maxAge(0);
        if (error != null) {
            LOG.info("managed login answered error {}", error);
            return refused("ログインが取り消されたか、認証に失敗しました。もう一度ログインしてください。", spent);
        }
        Optional<Attempt> attempt = request.getCookies().findCookie(ATTEMPT_COOKIE).map(Cookie::getValue)
                .flatMap(Attempt::decode);
        if (attempt.isEmpty()) {
            return refused("ログインの手続きが見つかりません（10分を過ぎたか、別のブラウザで開かれました）。"
                    + "もう一度ログインしてください。", spent);
        }
        if (state == null || code == null || code.isBlank() || !same(state, attempt.get().state())) {
            LOG.warn("managed login callback refused: the state does not match this browser's login");
            return refused("ログインの要求と応答が一致しません。もう一度ログインしてください。", spent);
        }
        CognitoTokens.Login session;
        CognitoTokenEndpoint.Tokens issued;
        try {
            issued = tokenEndpoint.redeem(code, attempt.get().verifier());
            session = tokens.verify(issued.idToken(), issued.accessToken(), attempt.get().nonce());
        } catch (CognitoTokenEndpoint.RefusedCodeException e) {
            LOG.warn("managed login callback refused: {}", e.getMessage());
            return refused("ログイン用のコードが無効か、使用済みです。もう一度ログインしてください。", spent);
        } catch (CognitoTokens.RefusedTokenException e) {
            LOG.warn("managed login callback refused: {}", e.getMessage());
            return refused("認証情報を確認できませんでした。もう一度ログインしてください。", spent);
        }
        Duration left = Duration.between(clock.instant(), session.expiresAt());
        LOG.info("portal session opened for {} with groups {}", session.user(), session.groups());
        var landed = Pages.seeOther("/portal/").cookie(spent)
                .cookie(SessionCookie.open(session.accessToken(), request, left));
        // Kept so that an expired access token is renewed without a new login (SessionRefreshFilter).
        return issued.refreshToken() == null ? landed
                : landed.cookie(SessionCookie.refresh(issued.refreshToken(), request, login.refreshValidity()));
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static Cookie attemptCookie(String value, HttpRequest<?> request) {
        boolean https = request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
        // Lax: the managed login's redirect back is a top-level GET, which carries it.
        return Cookie.of(ATTEMPT_COOKIE, value).path(CALLBACK).httpOnly(true).sameSite(SameSite.Lax).secure(https);
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> refused(String message, Cookie spent) {
        ModelAndView<Map<String, Object>> page = Pages.view("signin", null, "", "ログインできませんでした", message);
        page.getModel().orElseThrow().put("managedLogin", true);
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST).body(page).cookie(spent);
    }

    /** One login attempt's secrets: state, PKCE verifier and nonce (base64url, so '.' joins them). */
    record Attempt(String state, String verifier, String nonce) {

        String encode() {
            return state + "." + verifier + "." + nonce;
        }

        static Optional<Attempt> decode(String value) {
            String[] parts = value.split("\\.", -1);
            if (parts.length != 3 || java.util.Arrays.stream(parts).anyMatch(p -> !p.matches("[A-Za-z0-9_-]{43}"))) {
                return Optional.empty();
            }
            return Optional.of(new Attempt(parts[0], parts[1], parts[2]));
        }
    }
}
