package jp.resas.ops.incident.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.incident.IncidentChange;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentReport;
import jp.resas.ops.incident.infrastructure.IncidentService;
import jp.resas.ops.incident.infrastructure.IncidentTimeline;
import jp.resas.ops.notification.infrastructure.NotificationService;
import jp.resas.ops.notification.infrastructure.PendingPages;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;

/** The incident pages: the list with its filters in the URL, one incident, and its lifecycle forms. */
@Controller("/portal/incidents")
@Secured(SecurityRule.IS_ANONYMOUS)
class IncidentPages implements jp.resas.ops.portal.web.TypedFieldLabels.Source {

    private final IncidentService incidents;
    private final NotificationService notifications;
    private final PendingPages pages;
    private final IncidentTimeline timeline;

    IncidentPages(IncidentService incidents, NotificationService notifications, PendingPages pages,
            IncidentTimeline timeline) {
        this.timeline = timeline;
        this.incidents = incidents;
        this.notifications = notifications;
        this.pages = pages;
    }

    /** The incident forms' labels are written in their template. */
    @Override
    public Map<String, String> labels(String path) {
        return Map.of();
    }

    /** The status a transition moves to, as the incident page's list shows it (「暫定対応済」, not MITIGATED). */
    @Override
    public Map<String, Map<String, String>> choices(String path) {
        return path.startsWith("/portal/incidents/") ? Map.of("to", java.util.Arrays.stream(
                jp.resas.ops.incident.IncidentStatus.values()).collect(java.util.stream.Collectors.toUnmodifiableMap(
                        Enum::name, IncidentPageViews::label))) : Map.of();
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Map<String, Object>>> list(@Nullable @QueryValue String status,
            @Nullable @QueryValue String severity, @Nullable @QueryValue String source,
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String q,
            @Nullable @QueryValue String cursor, @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        Map<String, String> filters = IncidentPageViews.filters(status, severity, source, from, to, q);
        try {
            var page = incidents.list(IncidentQueries.of(blank(status), blank(severity), blank(source), blank(from),
                    blank(to), blank(q), null, blank(cursor)));
            return HttpResponse.ok(Pages.view("incidents", user, "incidents", "障害一覧",
                    IncidentPageViews.list(page, filters)));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filters", filters, e), Pages.view("incidents", user, "incidents",
                    "障害一覧", IncidentPageViews.list(new jp.resas.ops.incident.IncidentPage(java.util.List.of(),
                            java.util.Optional.empty()), filters)));
        }
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> detail(@PathVariable long id, @Nullable Authentication authentication) {
        return page(id, Pages.user(authentication));
    }

    /** The whole timeline, newest first, keyset pages of {@value IncidentPageViews#TIMELINE_SHOWN}. */
    @Get(value = "/{id}/timeline", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> timeline(@PathVariable long id, @Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        IncidentId incident = Pages.found(() -> IncidentQueries.id(id));
        var dossier = Pages.found(() -> incidents.dossier(incident)
                .orElseThrow(() -> new jp.resas.ops.incident.IncidentNotFoundException(incident)));
        var page = timeline.page(incident, Keyset.request(String.valueOf(IncidentPageViews.TIMELINE_SHOWN), cursor));
        return Pages.view("incident-timeline", user, "incidents", "障害 #" + id + " の経緯",
                IncidentPageViews.timeline(dossier.incident(), page));
    }

    @Post(value = "/{id}/transitions", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> transition(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            TransitionRequest body = new TransitionRequest(blank(form.get("to")), version(form.get("version")),
                    form.get("note"), form.get("impact"), form.get("cause"), form.get("workaround"),
                    form.get("permanentFix"), form.get("prevention"));
            incidents.transition(IncidentQueries.id(id), body.command(), Actors.of(authentication, request));
            return Pages.seeOther("/portal/incidents/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("transition", form, e), page(id, user));
        }
    }

    @Post(value = "/{id}/notes", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> note(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            incidents.addNote(IncidentQueries.id(id), user.name(), form.get("text"),
                    Actors.of(authentication, request).source());
            return Pages.seeOther("/portal/incidents/" + id + "#timeline");
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("note", form, e), page(id, user));
        }
    }

    /** Gives the incident to someone (blank: nobody), based on the copy the page showed. */
    @Post(value = "/{id}/assignee", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> assign(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            String assignee = form.getOrDefault("assignee", "");
            incidents.update(IncidentQueries.id(id), new IncidentChange(version(form.get("version")),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.of(assignee),
                    IncidentReport.empty()), Actors.of(authentication, request));
            return Pages.seeOther("/portal/incidents/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("assign", form, e), page(id, user));
        }
    }

    /** Acknowledges the incident's latest page (issue 15's notification), stopping its escalation. */
    @Post(value = "/{id}/acknowledge", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> acknowledge(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            notifications.acknowledge(IncidentQueries.id(id).value(), user.name());
            return Pages.seeOther("/portal/incidents/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("acknowledge", form, e), page(id, user));
        }
    }

    private ModelAndView<Map<String, Object>> page(long id, PortalUser user) {
        IncidentId incident = Pages.found(() -> IncidentQueries.id(id));
        var dossier = Pages.found(() -> incidents.dossier(incident)
                .orElseThrow(() -> new jp.resas.ops.incident.IncidentNotFoundException(incident)));
        return Pages.view("incident", user, "incidents", "障害 #" + id,
                IncidentPageViews.detail(dossier, incidents.sla(dossier),
                        pages.pagedAt(id).map(Jst::at).orElse(null)));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Long version(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "version (取得時の版) が正しくありません。");
        }
    }
}
