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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.platform.security.LocalJwtIssuer;
import jp.resas.ops.platform.security.LocalSecurity;
import jp.resas.ops.platform.security.LocalSigningSettings;
import jp.resas.ops.platform.security.LoginLinks;
import jp.resas.ops.portal.infrastructure.UsedLoginLinks;

/**
 * On one machine: opens a session from a one-time link that {@code resas-ops login-url} printed (valid
 * five minutes, used once), then lands on the dashboard. In AWS, Cognito's managed login does this.
 */
@Controller("/portal/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = LoginLinkController.SECRET)
@Requires(missingProperty = ManagedLogin.CLIENT_ID)
class LoginLinkController {

    static final String SECRET = LocalSigningSettings.SECRET;

    private final LoginLinks links;
    private final LocalJwtIssuer sessions;
    private final UsedLoginLinks used;

    LoginLinkController(LocalSigningSettings settings, Clock clock, UsedLoginLinks used) {
        String secret = settings.required("the one-time login links");
        this.links = new LoginLinks(secret, clock);
        this.sessions = LocalSecurity.issuer(secret, clock);
        this.used = used;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> open(@Nullable @QueryValue String token, HttpRequest<?> request) {
        Optional<LoginLinks.Claims> claims = token == null ? Optional.empty() : links.verify(token);
        if (claims.isEmpty()) {
            return refused("このログイン用リンクは正しくないか、有効期限（5分）が過ぎています。");
        }
        LoginLinks.Claims link = claims.get();
        if (!used.use(link.linkId(), link.user())) {
            return refused("このログイン用リンクは使用済みです。ログイン用リンクは1回だけ使えます。");
        }
        String session = sessions.issue(link.user(), link.groups(), SessionCookie.VALIDITY);
        return Pages.seeOther("/portal/").cookie(SessionCookie.open(session, request));
    }

    private static HttpResponse<ModelAndView<Map<String, Object>>> refused(String message) {
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.BAD_REQUEST)
                .body(Pages.view("signin", null, "", "ログインできませんでした", message));
    }
}
