package jp.resas.ops.audit.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.audit.AuditPage;
import jp.resas.ops.audit.AuditTrail;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/**
 * The audit log page for administrators: the filters of {@code GET /audit} in the URL (read by the same
 * {@link AuditQueries}), keyset pages, and the shown rows as CSV with the same filters.
 */
@Controller("/portal/audit")
@Secured(SecurityRule.IS_ANONYMOUS)
class AuditPages {

    static final int PAGE = 50;

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> list(@Nullable @QueryValue String actor,
            @Nullable @QueryValue String action, @Nullable @QueryValue String targetType,
            @Nullable @QueryValue String targetId, @Nullable @QueryValue String from,
            @Nullable @QueryValue String until, @Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        PortalUser user = Pages.require(authentication, Roles.ADMIN);
        Map<String, String> filters = filters(actor, action, targetType, targetId, from, until);
        try {
            AuditPage page = trail.find(AuditQueries.query(actor, action, targetType, targetId, from, until,
                    String.valueOf(PAGE), blank(cursor)));
            return HttpResponse.ok(Pages.view("audit", user, "audit", "監査ログ", AuditPageView.of(page, filters, cursor)));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filters", filters, e), Pages.view("audit", user, "audit", "監査ログ",
                    AuditPageView.of(new AuditPage(java.util.List.of(), java.util.Optional.empty()), filters, null)));
        }
    }

    /** The rows the page shows (from the same cursor, up to 1000) with the same filters, as CSV. */
    @Get(value = "/csv", produces = "text/csv")
    HttpResponse<String> csv(@Nullable @QueryValue String actor, @Nullable @QueryValue String action,
            @Nullable @QueryValue String targetType, @Nullable @QueryValue String targetId,
            @Nullable @QueryValue String from, @Nullable @QueryValue String until, @Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        Pages.require(authentication, Roles.ADMIN);
        AuditPage page = trail.find(AuditQueries.query(actor, action, targetType, targetId, from, until,
                String.valueOf(jp.resas.ops.audit.AuditQuery.MAX_LIMIT), blank(cursor)));
        return HttpResponse.ok(AuditListView.of(page).csv().toCsv()).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"audit.csv\"");
    }

    static Map<String, String> filters(String actor, String action, String targetType, String targetId, String from,
            String until) {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "actor", actor);
        put(filters, "action", action);
        put(filters, "targetType", targetType);
        put(filters, "targetId", targetId);
        put(filters, "from", from);
        put(filters, "until", until);
        return filters;
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
