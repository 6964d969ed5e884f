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
import java.util.ArrayList;
import java.util.List;
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
    private final TypedFieldLabels labels;

    PortalRefusalHandler(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views, Optional<ManagedLogin> managed,
            TypedFieldLabels labels) {
        this.views = views;
        this.managedLogin = managed.isPresent();
        this.labels = labels;
    }

    /**
     * One field of a form posted when the session had ended, with the label its form gave it and a chosen value as
     * its list showed it (「中」, not {@code MEDIUM}): shown on the login page so it can be copied.
     */
    record Typed(String name, String label, String value) {
    }

    /** What a refused form carried (its text fields, not its hidden version or files), else nothing. */
    private List<Typed> typed(HttpRequest<?> request) {
        if (!"POST".equals(request.getMethodName()) || request.getContentType()
                .filter(MediaType.APPLICATION_FORM_URLENCODED_TYPE::matches).isEmpty()) {
            return List.of();
        }
        Map<?, ?> form = request.getBody(Map.class).orElse(Map.of());
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        form.forEach((name, value) -> {
            String text = value instanceof List<?> list ? list.stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining("\n")) : String.valueOf(value);
            if (!text.isBlank() && !String.valueOf(name).equals("version")) {
                texts.put(String.valueOf(name), text);
            }
        });
        List<Typed> typed = new ArrayList<>();
        labels.fields(request.getPath(), texts)
                .forEach(field -> typed.add(new Typed(field.name(), field.label(), field.value())));
        return typed;
    }

    @Override
    public HttpResponse<String> handle(HttpRequest request, PortalRefusal refusal) {
        HttpRequest<?> page = request;
        PortalUser user = page.getUserPrincipal(Authentication.class)
                .map(a -> new PortalUser(a.getName(), a.getRoles())).orElse(null);
        String template = refusal.status() == 401 ? "signin" : "refused";
        String title = refusal.title();
        Optional<Boolean> refreshRefused = refusal.status() == 401
                ? page.getAttribute(SessionRefreshFilter.REFUSED, Boolean.class) : Optional.empty();
        boolean ended = refreshRefused.isPresent();
        String message = refreshRefused.map(over -> over
                ? "ログインの有効期限が切れたため、操作を完了できませんでした。もう一度ログインしてください。"
                : "認証サービスに接続できず、ログインの状態を更新できなかったため、操作を完了できませんでした。"
                        + "しばらくしてから、もう一度ログインしてください。").orElse(refusal.getMessage());
        ModelAndView<Map<String, Object>> view = Pages.view(template, user, "", title, message);
        view.getModel().orElseThrow().put("managedLogin", managedLogin);
        if (ended) {
            view.getModel().orElseThrow().put("typed", typed(page));
        }
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
