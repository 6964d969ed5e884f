package jp.resas.ops.change.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jp.resas.ops.change.ChangeRequestRules;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.ticket.Approval;
import jp.resas.ops.ticket.TicketEvent;
import jp.resas.ops.ticket.TicketRules;
import jp.resas.ops.ticket.web.Requests;
import jp.resas.ops.ticket.web.TicketDetailView;
import jp.resas.ops.ticket.web.TicketEndpoints;
import jp.resas.ops.ticket.web.TicketListView;

/** The 変更要求 API: list with filters and keyset pagination, detail, open, transition, comment, assign. */
@Controller("/change-requests")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class ChangeRequestController {

    private static final TicketRules RULES = ChangeRequestRules.RULES;

    private final TicketEndpoints tickets;

    ChangeRequestController(TicketEndpoints tickets) {
        this.tickets = tickets;
    }

    @Get
    TicketListView list(@Nullable @QueryValue String status, @Nullable @QueryValue String priority,
            @Nullable @QueryValue String assignee, @Nullable @QueryValue String requester,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor) {
        return tickets.list(RULES, status, priority, assignee, requester, limit, cursor);
    }

    @Get("/{id}")
    TicketDetailView get(@PathVariable long id) {
        return tickets.get(RULES, id);
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "起票しました")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    implementation = jp.resas.ops.platform.web.ApiError.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "401", description = "トークンがない、または無効")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "403", description = "ロールが足りない")
    @Post
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    HttpResponse<TicketDetailView> open(@Body Requests.Open body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(tickets.open(RULES, body, Actors.of(user, request)));
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "変更後のチケット")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    implementation = jp.resas.ops.platform.web.ApiError.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404", description = "チケットがない")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "409", description = "STALE_VERSION、"
            + "TRANSITION_NOT_ALLOWED、APPROVAL_REQUIRED、APPROVED_CONTENT_CHANGED",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    implementation = jp.resas.ops.platform.web.ApiError.class)))
    @Post("/{id}/transitions")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    TicketDetailView transition(@PathVariable long id, @Body Requests.Transition body, Authentication user,
            HttpRequest<?> request) {
        return tickets.transition(RULES, id, body, Actors.of(user, request));
    }

    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "201", description = "記録しました")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "404", description = "対象がない",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = jp.resas.ops.platform.web.ApiError.class)))
    @Post("/{id}/comments")
    @Secured({Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
    HttpResponse<TicketEvent> comment(@PathVariable long id, @Body Requests.Comment body, Authentication user,
            HttpRequest<?> request) {
        return HttpResponse.created(tickets.comment(RULES, id, body, Actors.of(user, request)));
    }

    /** Title, priority, due date: audited with old and new values; the SLA follows the priority. */
    @io.micronaut.http.annotation.Patch("/{id}")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    TicketDetailView update(@PathVariable long id, @Body Requests.Update body, Authentication user,
            HttpRequest<?> request) {
        return tickets.update(RULES, id, body, Actors.of(user, request));
    }

    @Put("/{id}/assignee")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    TicketDetailView assign(@PathVariable long id, @Body Requests.Assign body, Authentication user,
            HttpRequest<?> request) {
        return tickets.assign(RULES, id, body, Actors.of(user, request));
    }

    /** Only an approver who did not raise it; see segregation of duties. */
    @Post("/{id}/approve")
    @Secured(Roles.APPROVER)
    TicketDetailView approve(@PathVariable long id, @Body Requests.Decision body, Authentication user,
            HttpRequest<?> request) {
        return tickets.decide(RULES, id, Approval.Decision.APPROVED, body, Actors.of(user, request));
    }

    @Post("/{id}/reject")
    @Secured(Roles.APPROVER)
    TicketDetailView reject(@PathVariable long id, @Body Requests.Decision body, Authentication user,
            HttpRequest<?> request) {
        return tickets.decide(RULES, id, Approval.Decision.REJECTED, body, Actors.of(user, request));
    }
}
