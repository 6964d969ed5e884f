package jp.resas.ops.ticket.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.portal.web.Form;
import jp.resas.ops.portal.web.Pages;
import jp.resas.ops.portal.web.PortalUser;
import jp.resas.ops.ticket.Approval;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketRules;

/**
 * The pages of one ticket kind, the same for every kind (each kind's controller names its path and
 * hands its {@link TicketPageKind}): the list with its filters in the URL and keyset pages, one ticket
 * with its timeline, attachments and forms (transition, assignment, note, an approver's decision), and
 * the new-ticket form. Every action calls the use case the API calls; roles are checked here on the
 * server, whatever the page showed.
 */
@io.swagger.v3.oas.annotations.Hidden
public abstract class TicketPages implements jp.resas.ops.portal.web.TypedFieldLabels.Source {

    /** Timeline entries on a ticket's page at a time, newest first; 次のページ shows the older ones. */
    static final int TIMELINE_SHOWN = 50;

    private final TicketPageKind kind;
    private final TicketRules rules;
    private final TicketPageServices services;

    protected TicketPages(TicketPageKind kind, TicketPageServices services) {
        this.kind = kind;
        this.rules = kind.rules();
        this.services = services;
    }

    /** The kind's field labels for a form posted under its pages (the login page shows what was typed). */
    @Override
    public Map<String, String> labels(String path) {
        return path.equals(kind.base()) || path.startsWith(kind.base() + "/") ? kind.fieldLabels() : Map.of();
    }

    /** The values of the kind's lists as its forms show them: its choice fields, the priority and the next status. */
    @Override
    public Map<String, Map<String, String>> choices(String path) {
        return path.equals(kind.base()) || path.startsWith(kind.base() + "/") ? TicketPageViews.choices(kind) : Map.of();
    }

    @Get(produces = MediaType.TEXT_HTML)
    public HttpResponse<ModelAndView<Map<String, Object>>> list(@Nullable @QueryValue String status,
            @Nullable @QueryValue String priority, @Nullable @QueryValue String assignee,
            @Nullable @QueryValue String mine, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue String q, @Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        PortalUser user = Pages.user(authentication);
        Map<String, String> filters = TicketPageViews.filters(status, priority, assignee, mine);
        filters.put("from", from == null ? "" : from);
        filters.put("to", to == null ? "" : to);
        filters.put("q", q == null ? "" : q);
        boolean canOpen = user.any(kind.openRoles().toArray(String[]::new));
        try {
            TicketListView page = services.tickets.list(rules, blank(status), blank(priority), blank(assignee),
                    "true".equals(mine) ? user.name() : null,
                    new TicketEndpoints.Period(blank(from), blank(to), blank(q)), null, blank(cursor));
            return HttpResponse.ok(listPage(user, TicketPageViews.list(kind, page, filters, canOpen)));
        } catch (InvalidInputException e) {
            return Pages.refused(Form.refused("filters", filters, e), listPage(user,
                    TicketPageViews.list(kind, new TicketListView(List.of(), null), filters, canOpen)));
        }
    }

    @Get(value = "/new", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> newTicket(@Nullable Authentication authentication) {
        return newPage(Pages.require(authentication, kind.openRoles().toArray(String[]::new)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> open(@Body Map<String, String> form, @Nullable Authentication authentication,
            HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, kind.openRoles().toArray(String[]::new));
        try {
            String assignee = user.operates() ? blank(form.get("assignee")) : null;
            TicketDetailView opened = services.tickets.open(rules, new Requests.Open(form.get("title"),
                    blank(form.get("priority")), assignee, user.operates() ? blank(form.get("dueDate")) : null,
                    fields(form, kind.createFields())), Actors.of(authentication, request));
            return Pages.seeOther(kind.base() + "/" + opened.ticket().id());
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return Pages.refused(Form.refused("open", form, e), newPage(user));
        }
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> detail(@PathVariable long id, @Nullable @QueryValue String cursor,
            @Nullable Authentication authentication) {
        return page(id, Pages.user(authentication), blank(cursor));
    }

    @Post(value = "/{id}/transitions", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> transition(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            services.tickets.transition(rules, id, new Requests.Transition(blank(form.get("to")),
                    version(form.get("version")), blank(form.get("note")), fields(form, kind.workFields())),
                    Actors.of(authentication, request));
            return Pages.seeOther(kind.base() + "/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return refused("transition", form, e, id, user);
        }
    }

    /** An approver's decision; segregation of duties is the use case's: whoever wrote it is refused. */
    @Post(value = "/{id}/decision", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> decide(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.APPROVER);
        try {
            if (rules.approval().isEmpty()) {
                throw new InvalidInputException("decision", kind.name() + "には承認の手続きがありません。");
            }
            String decision = form.getOrDefault("decision", "");
            if (!decision.equals("approve") && !decision.equals("reject")) {
                throw new InvalidInputException("decision", "承認または却下を選んでください。");
            }
            services.tickets.decide(rules, id, decision.equals("approve") ? Approval.Decision.APPROVED
                    : Approval.Decision.REJECTED, new Requests.Decision(version(form.get("version")),
                    blank(form.get("comment"))), Actors.of(authentication, request));
            return Pages.seeOther(kind.base() + "/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return refused("decision", form, e, id, user);
        }
    }

    @Post(value = "/{id}/assignee", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> assign(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            services.tickets.assign(rules, id, new Requests.Assign(form.getOrDefault("assignee", ""),
                    version(form.get("version"))), Actors.of(authentication, request));
            return Pages.seeOther(kind.base() + "/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return refused("assign", form, e, id, user);
        }
    }

    @Post(value = "/{id}/comments", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> comment(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN);
        try {
            services.tickets.comment(rules, id, new Requests.Comment(form.get("text")),
                    Actors.of(authentication, request));
            return Pages.seeOther(kind.base() + "/" + id + "#timeline");
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return refused("comment", form, e, id, user);
        }
    }

    /** Title, priority and due date (the API's PATCH); a stale version is a 409 offering the reload. */
    @Post(value = "/{id}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> edit(@PathVariable long id, @Body Map<String, String> form,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.require(authentication, Roles.OPERATOR, Roles.ADMIN);
        try {
            services.tickets.update(rules, id, new Requests.Update(version(form.get("version")),
                    form.getOrDefault("title", ""), blank(form.get("priority")), blank(form.get("dueDate"))),
                    Actors.of(authentication, request));
            return Pages.seeOther(kind.base() + "/" + id);
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return refused("edit", form, e, id, user);
        }
    }

    /**
     * A file attached through the attachment use case (multipart, part {@code file}) by those who work on
     * tickets, or by a viewer to an inquiry they raised. Every refusal of the upload (name, type, size,
     * quota) is shown beside the file field.
     */
    @Post(value = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    public HttpResponse<?> upload(@PathVariable long id, @Nullable @Part("file") CompletedFileUpload file,
            @Nullable Authentication authentication, HttpRequest<?> request) {
        PortalUser user = Pages.user(authentication);
        String requester = Pages.found(() -> services.tickets.page(rules, ticket(id).value(),
                jp.resas.ops.platform.jdbc.Keyset.request("1", null))).view().ticket().requester();
        if (!mayAttach(user, requester)) {
            throw jp.resas.ops.portal.web.PortalRefusal.forbidden();
        }
        try {
            try {
                if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
                    throw new InvalidInputException("file", "添付するファイルを選んでください。");
                }
                services.files().upload(rules.kind(), kind.base(), ticket(id).value(), file,
                        Actors.of(authentication, request));
            } catch (InvalidInputException e) {
                throw "filename".equals(e.field()) || "contentType".equals(e.field())
                        ? new InvalidInputException("file", e.getMessage()) : e;
            }
            return Pages.seeOther(kind.base() + "/" + id + "#files-heading");
        } catch (InvalidInputException | ConflictException | ForbiddenActionException e) {
            return refused("upload", Map.of(), e, id, user);
        }
    }

    /** Those who work on tickets attach to any; a viewer only to an inquiry they raised (their one write). */
    private boolean mayAttach(PortalUser user, String requester) {
        return user.any(Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN)
                || rules.kind() == jp.resas.ops.ticket.TicketKind.INQUIRY && user.name().equals(requester);
    }

    /** An attached file, for whoever may read the ticket. */
    @Get(value = "/{id}/attachments/{attachmentId}", produces = MediaType.ALL)
    public HttpResponse<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
            @Nullable Authentication authentication) {
        Pages.user(authentication);
        return Pages.found(() -> services.files().download(rules.kind(), ticket(id).value(), attachmentId));
    }

    private HttpResponse<?> refused(String action, Map<String, String> form, RuntimeException refusal, long id,
            PortalUser user) {
        return Pages.refused(Form.refused(action, form, refusal), page(id, user));
    }

    private ModelAndView<Map<String, Object>> page(long id, PortalUser user) {
        return page(id, user, null);
    }

    /** The ticket with one page of its timeline, newest first ({@value #TIMELINE_SHOWN} entries a page). */
    private ModelAndView<Map<String, Object>> page(long id, PortalUser user, String cursor) {
        TicketEndpoints.Paged paged = Pages.paged(() -> services.tickets.page(rules, ticket(id).value(),
                jp.resas.ops.platform.jdbc.Keyset.request(String.valueOf(TIMELINE_SHOWN), cursor)));
        TicketDetailView detail = paged.view();
        var attachments = services.attachments(rules.kind(), ticket(id));
        String older = paged.older() == null ? null : kind.base() + "/" + id + "?cursor="
                + java.net.URLEncoder.encode(paged.older(), java.nio.charset.StandardCharsets.UTF_8) + "#timeline";
        return Pages.view("ticket", user, kind.path(), kind.name() + " " + detail.ticket().key(),
                TicketPageViews.detail(kind, detail, attachments, kind.base() + "/" + id + "/attachments",
                        mayAttach(user, detail.ticket().requester()) && services.attachmentsConfigured(),
                        services.ratingHref(detail.ticket(), user), services.attachmentsConfigured(), older));
    }

    private ModelAndView<Map<String, Object>> listPage(PortalUser user, TicketPageViews.ListView view) {
        return Pages.view("tickets", user, kind.path(), kind.name() + "一覧", view);
    }

    private ModelAndView<Map<String, Object>> newPage(PortalUser user) {
        return Pages.view("ticket-new", user, kind.path(), kind.name() + "の起票", TicketPageViews.create(kind));
    }

    /** The kind's fields among {@code names} that the form filled in; a blank one is left as it is. */
    private static Map<String, String> fields(Map<String, String> form, List<String> names) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String name : names) {
            String value = form.get(name);
            if (value != null && !value.isBlank()) {
                fields.put(name, value);
            }
        }
        return fields;
    }

    private static TicketId ticket(long id) {
        if (id <= 0) {
            throw jp.resas.ops.portal.web.PortalRefusal.notFound("指定されたチケットは存在しません。");
        }
        return new TicketId(id);
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
