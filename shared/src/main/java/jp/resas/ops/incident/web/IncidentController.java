package jp.resas.ops.incident.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentNotFoundException;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.incident.TimelineEntry;
import jp.resas.ops.incident.infrastructure.IncidentService;
import jp.resas.ops.platform.web.Roles;

@Controller("/incidents")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class IncidentController {

    private final IncidentService incidents;
    private final PagingAfterCommit paging;

    IncidentController(IncidentService incidents, PagingAfterCommit paging) {
        this.incidents = incidents;
        this.paging = paging;
    }

    /** Filters: status, severity, source, detected {@code from}..{@code to} (JST dates), {@code q} in title or alarm. */
    @Get
    IncidentListView list(@Nullable @QueryValue String status, @Nullable @QueryValue String severity,
            @Nullable @QueryValue String source, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
            @Nullable @QueryValue String q, @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return IncidentListView.of(incidents.list(IncidentQueries.of(status, severity, source, from, to, q, limit,
                cursor)));
    }

    @Get("/{id}")
    IncidentDetailView get(@PathVariable long id) {
        return detail(IncidentQueries.id(id));
    }

    /** A person raises an incident by hand (source MANUAL); severity 1–2 is paged at once, as an alarm's is. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "起票しました")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @Post
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<IncidentDetailView> raise(@Body NewIncidentRequest body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(detail(paged(incidents.raise(body.command(), Actors.of(user, request)))));
    }

    @Post("/{id}/transitions")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    IncidentDetailView transition(@PathVariable long id, @Body TransitionRequest body, Authentication user,
            HttpRequest<?> request) {
        return detail(paged(incidents.transition(IncidentQueries.id(id), body.command(), Actors.of(user, request))));
    }

    /** Severity, major flag, assignee and report sections. */
    @Patch("/{id}")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    IncidentDetailView update(@PathVariable long id, @Body IncidentUpdateRequest body, Authentication user,
            HttpRequest<?> request) {
        return detail(paged(incidents.update(IncidentQueries.id(id), body.command(), Actors.of(user, request))));
    }

    /** After the service's transaction committed: a severity 1–2 incident waiting for its page starts the sweep. */
    private IncidentId paged(IncidentId id) {
        paging.pageIfDue(id.value());
        return id;
    }

    private IncidentDetailView detail(IncidentId id) {
        return incidents.dossier(id).map(dossier -> IncidentDetailView.of(dossier, incidents.sla(dossier)))
                .orElseThrow(() -> new IncidentNotFoundException(id));
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "記録しました")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404", description = "対象がない",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @Post("/{id}/notes")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<TimelineEntry> addNote(@PathVariable long id, @Body NoteRequest note, Authentication user,
            HttpRequest<?> request) {
        return HttpResponse.created(incidents.addNote(IncidentQueries.id(id), user.getName(),
                note.text(), request.getRemoteAddress().getAddress().getHostAddress()));
    }
}
