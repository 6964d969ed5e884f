package jp.resas.ops.portal.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

/**
 * Thymeleaf's renderer, rendering the whole page before anything is sent. Micronaut Views writes a page while
 * sending it, and a template that fails half-way leaves the browser waiting for the rest for ever
 * (micronaut-views issue 832); rendered first, a failure becomes the portal's 500 page, in Japanese, and the log
 * names the template. Pages are small (docs/portal.md, page sizes), so holding one in memory costs little.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
final class WholePageRenderer<T> extends ThymeleafViewsRenderer<T> {

    private static final Logger LOG = LoggerFactory.getLogger(WholePageRenderer.class);

    /**
     * Whether a view's template exists, per view name. Micronaut Views asks before every page and the answer opens
     * the template's resource in the jar each time (a zip lookup per request, bench portal's profile); templates are
     * part of the build, so the answer never changes while the application runs.
     */
    private final java.util.Map<String, Boolean> exists = new java.util.concurrent.ConcurrentHashMap<>();

    WholePageRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
            ClassPathResourceLoader resourceLoader, HttpLocaleResolver locales) {
        super(templateResolver, engine, resourceLoader, locales);
    }

    @Override
    public boolean exists(String view) {
        return exists.computeIfAbsent(view, super::exists);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter page = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(page);
        } catch (IOException | RuntimeException e) {
            LOG.error("Page template '{}' failed for {} {}", viewName, request.getMethodName(), request.getPath(), e);
            throw PortalRefusal.pageFailed();
        }
        String html = page.toString();
        return out -> out.write(html);
    }
}
