package jp.resas.ops.portal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import jp.resas.ops.common.NotFoundException;

/**
 * What every page controller does first and last: who is asking (refused without a session or the
 * role; hiding a button is not the check), and the model the layout and the page template read.
 */
public final class Pages {

    private Pages() {
    }

    public static PortalUser user(@Nullable Authentication authentication) {
        if (authentication == null) {
            throw PortalRefusal.noSession();
        }
        return new PortalUser(authentication.getName(), authentication.getRoles());
    }

    /** The user when they hold one of {@code roles}; a 403 page otherwise. */
    public static PortalUser require(@Nullable Authentication authentication, String... roles) {
        PortalUser user = user(authentication);
        if (!user.any(roles)) {
            throw PortalRefusal.forbidden();
        }
        return user;
    }

    /** A page: its template, the navigation entry it belongs to, its title and its view model. */
    public static ModelAndView<Map<String, Object>> view(String template, @Nullable PortalUser user, String section,
            String title, Object page) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", user);
        model.put("section", section);
        model.put("title", title);
        model.put("page", page);
        model.put("assets", Assets.INSTANCE);
        model.put("nav", user == null ? "" : Navigation.html(section, user.administers()));
        return new ModelAndView<>(template, model);
    }

    /** The page again after a refused form, with the status the refusal means (400, 403 or 409). */
    public static HttpResponse<ModelAndView<Map<String, Object>>> refused(Form form,
            ModelAndView<Map<String, Object>> page) {
        page.getModel().ifPresent(model -> model.put("form", form));
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.valueOf(form.status())).body(page);
    }

    /** Post/redirect/get: after a change, the page that shows it. */
    /**
     * A form's post: {@code action} runs the use case and answers where to go next (303); a refusal (400 bad input,
     * 403 segregation of duties, 409 a stale version) re-renders {@code page} with what was typed and why, the
     * messages naming the form's {@code labels} instead of the API's field names. Nothing is written on a refusal
     * (the use case's transaction).
     */
    public static HttpResponse<?> submit(String name, Map<String, String> form, Map<String, String> labels,
            Supplier<String> action, Supplier<ModelAndView<Map<String, Object>>> page) {
        try {
            return seeOther(action.get());
        } catch (jp.resas.ops.common.InvalidInputException | jp.resas.ops.common.ConflictException
                | jp.resas.ops.common.ForbiddenActionException e) {
            return refused(Form.refused(name, form, e).labelled(labels), page.get());
        }
    }

    public static <T> io.micronaut.http.MutableHttpResponse<T> seeOther(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }

    /**
     * Reads one keyset page of what a page lists; a cursor the list did not make (forged, garbled, another
     * list's) becomes the 400 page saying so, in Japanese, instead of a failure.
     */
    public static <T> T paged(Supplier<T> read) {
        try {
            return found(read);
        } catch (jp.resas.ops.common.InvalidInputException e) {
            throw PortalRefusal.badRequest(e.getMessage());
        }
    }

    /** Reads what a page shows; a record that does not exist becomes the 404 page. */
    public static <T> T found(Supplier<T> read) {
        try {
            return read.get();
        } catch (NotFoundException e) {
            throw PortalRefusal.notFound(e.getMessage());
        }
    }

    /** The application's own copies of htmx and Chart.js (webjars), so pages load nothing from elsewhere. */
    public record Assets(String htmx, String chart, String css) {
        static final Assets INSTANCE = new Assets("/webjars/htmx.org/2.0.10/dist/htmx.min.js",
                "/webjars/chart.js/4.5.1/dist/chart.umd.min.js", "/portal/static/portal.css");
    }
}
