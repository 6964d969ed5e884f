package jp.resas.ops.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;

/**
 * The way in and out: {@code /} leads to the portal; logging out clears the session cookie and, with
 * Cognito's managed login, ends that session too (its {@code /logout}, which returns to the portal).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SessionController {

    private final Optional<ManagedLogin> managed;

    SessionController(Optional<ManagedLogin> managed) {
        this.managed = managed;
    }

    @Get
    HttpResponse<?> root() {
        return Pages.seeOther("/portal/");
    }

    @Post(value = "/portal/logout", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    HttpResponse<?> logout(HttpRequest<?> request) {
        return managed.<MutableHttpResponse<?>>map(login -> HttpResponse.seeOther(login.logout()))
                .orElseGet(() -> Pages.seeOther("/portal/")).cookie(SessionCookie.cleared(request))
                .cookie(SessionCookie.refreshCleared(request));
    }
}
