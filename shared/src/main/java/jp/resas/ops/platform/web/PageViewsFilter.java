package jp.resas.ops.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Filter;
import io.micronaut.views.ViewsFilter;
import io.micronaut.views.ViewsModelDecorator;
import io.micronaut.views.ViewsRendererLocator;
import io.micronaut.views.ViewsResolver;
import io.micronaut.views.turbo.TurboFrameRenderer;

/**
 * Micronaut Views' filter, which turns a returned view into HTML, on the server-rendered pages only (under
 * {@value ApiErrors#PORTAL}, where every view is returned): on {@code /**} it wrapped every JSON API request in
 * its reactive chain to find no view, ~4 % of the server's CPU on a list page (issue 18).
 */
@Filter({"/portal", "/portal/**"})
@Replaces(ViewsFilter.class)
@Requires(beans = ViewsResolver.class)
final class PageViewsFilter extends ViewsFilter {

    PageViewsFilter(ViewsResolver resolver, ViewsRendererLocator renderers, ViewsModelDecorator decorator,
            TurboFrameRenderer frames) {
        super(resolver, renderers, decorator, frames);
    }
}
