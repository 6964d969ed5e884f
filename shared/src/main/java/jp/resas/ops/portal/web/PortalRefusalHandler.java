package jp.resas.ops.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * A refused page as a page: how to log in (401), no permission (403), nothing there (404). Rendered
 * here, since responses of exception handlers do not pass through the views filter.
 */
@Singleton
@Produces(MediaType.TEXT_HTML)
final class PortalRefusalHandler implements ExceptionHandler<PortalRefusal, HttpResponse<String>> {

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;
    private final boolean managedLogin;

    PortalRefusalHandler(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views, Optional<ManagedLogin> managed) {
        this.views = views;
        this.managedLogin = managed.isPresent();
    }

    @Override
    public HttpResponse<String> handle(HttpRequest request, PortalRefusal refusal) {
        HttpRequest<?> page = request;
        PortalUser user = page.getUserPrincipal(Authentication.class)
                .map(a -> new PortalUser(a.getName(), a.getRoles())).orElse(null);
        String template = refusal.status() == 401 ? "signin" : "refused";
        String title = refusal.title();
        ModelAndView<Map<String, Object>> view = Pages.view(template, user, "", title, refusal.getMessage());
        view.getModel().orElseThrow().put("managedLogin", managedLogin);
        StringWriter html = new StringWriter();
        try {
            views.render(template, view.getModel().orElseThrow(), page).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.<String>status(HttpStatus.valueOf(refusal.status()))
                .contentType(MediaType.TEXT_HTML_TYPE).body(html.toString());
    }
}
