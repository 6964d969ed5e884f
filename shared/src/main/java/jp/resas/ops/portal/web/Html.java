package jp.resas.ops.portal.web;

import org.unbescape.html.HtmlEscape;

/**
 * Text put into HTML outside a template, escaped as Thymeleaf's {@code th:text} escapes it ({@code &}, {@code <},
 * {@code >}, {@code "}, {@code '}): for the rows of a long list built once in Java instead of evaluating an
 * expression per cell (bench portal: the incident list's 50 rows were most of the page's template work).
 */
public final class Html {

    private Html() {
    }

    public static String text(Object value) {
        return value == null ? "" : HtmlEscape.escapeHtml4Xml(String.valueOf(value));
    }
}
