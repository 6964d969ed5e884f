package jp.resas.ops.inquiry.web;

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
import jp.resas.ops.inquiry.InquiryRules;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.ticket.TicketEvent;
import jp.resas.ops.ticket.TicketRules;
import jp.resas.ops.ticket.web.Requests;
import jp.resas.ops.ticket.web.TicketDetailView;
import jp.resas.ops.ticket.web.TicketEndpoints;
import jp.resas.ops.ticket.web.TicketListView;

/** The 問合せ API: list with filters and keyset pagination, detail, open, transition, comment, assign. */
@Controller("/inquiries")
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class InquiryController {

    private static final TicketRules RULES = InquiryRules.RULES;

    private final TicketEndpoints tickets;

    InquiryController(TicketEndpoints tickets) {
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

    @Post
    @Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
    HttpResponse<TicketDetailView> open(@Body Requests.Open body, Authentication user, HttpRequest<?> request) {
        return HttpResponse.created(tickets.open(RULES, body, Actors.of(user, request)));
    }

    @Post("/{id}/transitions")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    TicketDetailView transition(@PathVariable long id, @Body Requests.Transition body, Authentication user,
            HttpRequest<?> request) {
        return tickets.transition(RULES, id, body, Actors.of(user, request));
    }

    @Post("/{id}/comments")
    @Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
    HttpResponse<TicketEvent> comment(@PathVariable long id, @Body Requests.Comment body, Authentication user,
            HttpRequest<?> request) {
        return HttpResponse.created(tickets.comment(RULES, id, body, Actors.of(user, request)));
    }

    @Put("/{id}/assignee")
    @Secured({Roles.OPERATOR, Roles.ADMIN})
    TicketDetailView assign(@PathVariable long id, @Body Requests.Assign body, Authentication user,
            HttpRequest<?> request) {
        return tickets.assign(RULES, id, body, Actors.of(user, request));
    }
}
