package jp.resas.ops.incident.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jp.resas.ops.incident.IncidentId;
import jp.resas.ops.incident.IncidentNotFoundException;
import jp.resas.ops.incident.TimelineEntry;
import jp.resas.ops.incident.infrastructure.IncidentService;
import jp.resas.ops.platform.web.Roles;

@Controller("/incidents")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class IncidentController {

    private final IncidentService incidents;

    IncidentController(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Get
    IncidentListView list(@Nullable @QueryValue String status, @Nullable @QueryValue String severity,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return IncidentListView.of(incidents.list(IncidentQueries.of(status, severity, limit, cursor)));
    }

    @Get("/{id}")
    IncidentDetailView get(@PathVariable long id) {
        IncidentId incident = IncidentQueries.id(id);
        return incidents.find(incident).map(IncidentDetailView::of)
                .orElseThrow(() -> new IncidentNotFoundException(incident));
    }

    @Post("/{id}/notes")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<TimelineEntry> addNote(@PathVariable long id, @Body NoteRequest note, Authentication user,
            HttpRequest<?> request) {
        return HttpResponse.created(incidents.addNote(IncidentQueries.id(id), user.getName(),
                note.text(), request.getRemoteAddress().getAddress().getHostAddress()));
    }
}
