package jp.resas.ops.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** The way in and out: {@code /} leads to the portal; logging out clears the session cookie. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SessionController {

    @Get
    HttpResponse<?> root() {
        return Pages.seeOther("/portal/");
    }

    @Post(value = "/portal/logout", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    HttpResponse<?> logout(HttpRequest<?> request) {
        return Pages.seeOther("/portal/").cookie(SessionCookie.cleared(request));
    }
}
