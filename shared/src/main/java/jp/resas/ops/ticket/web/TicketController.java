package jp.resas.ops.ticket.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.platform.web.ApiError;
import jp.resas.ops.platform.web.Actors;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.ticket.Approval;
import jp.resas.ops.ticket.TicketAction;
import jp.resas.ops.ticket.TicketEvent;
import jp.resas.ops.ticket.TicketRules;

/**
 * The API of every ticket kind (問合せ, 作業依頼, 変更要求, 課題), one controller keyed by kind: the path's
 * first segment names the kind ({@link TicketApiKinds}), the kind's rules say who may do each action
 * ({@link TicketRules#who}) and whether it has an approval gate. Each route admits every role the
 * framework knows; the kind's policy refuses the others with the framework's own 403.
 */
@Controller
@Secured({Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN})
class TicketController {

    private static final String INQUIRIES = "/inquiries";
    private static final String WORK_REQUESTS = "/work-requests";
    private static final String CHANGE_REQUESTS = "/change-requests";
    private static final String ISSUES = "/issues";

    private final TicketEndpoints tickets;
    private final TicketApiKinds kinds;

    TicketController(TicketEndpoints tickets, TicketApiKinds kinds) {
        this.tickets = tickets;
        this.kinds = kinds;
    }

    /**
     * {@code mine=true}: the caller's own tickets (what a viewer raised), whatever {@code requester} says.
     * {@code from}/{@code to}: opened on those JST days (both included); {@code q}: a text in the title, as
     * the pages filter. A cursor pages within the same filters.
     */
    @ApiResponse(responseCode = "200", description = "チケットの一覧 (新しい順、keyset ページ)")
    @ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名: from, to, q, status, priority, limit, cursor, mine)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Get(uris = {INQUIRIES, WORK_REQUESTS, CHANGE_REQUESTS, ISSUES})
    TicketListView list(@Nullable @QueryValue String status, @Nullable @QueryValue String priority,
            @Nullable @QueryValue String assignee, @Nullable @QueryValue String requester,
            @Nullable @QueryValue String from, @Nullable @QueryValue String to, @Nullable @QueryValue String q,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor,
            @Nullable @QueryValue String mine, Authentication user, HttpRequest<?> request) {
        TicketRules rules = kinds.allowed(request, user, TicketAction.READ);
        boolean own = mine != null && switch (mine) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException("mine", "mine は true か false で指定してください。");
        };
        return tickets.list(rules, status, priority, assignee, own ? user.getName() : requester,
                new TicketEndpoints.Period(from, to, q), limit, cursor);
    }

    @Get(uris = {INQUIRIES + "/{id}", WORK_REQUESTS + "/{id}", CHANGE_REQUESTS + "/{id}", ISSUES + "/{id}"})
    TicketDetailView get(@PathVariable long id, Authentication user, HttpRequest<?> request) {
        return tickets.get(kinds.allowed(request, user, TicketAction.READ), id);
    }

    /**
     * The ticket's timeline newest first, keyset pages ({@code limit} 1–1000, default 100; the detail still has it
     * whole, oldest first, for existing clients).
     */
    @ApiResponse(responseCode = "200", description = "経緯 (新しい順、keyset ページ)")
    @ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名: limit, cursor)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Get(uris = {INQUIRIES + "/{id}/timeline", WORK_REQUESTS + "/{id}/timeline", CHANGE_REQUESTS + "/{id}/timeline",
            ISSUES + "/{id}/timeline"})
    jp.resas.ops.platform.web.ListPage<jp.resas.ops.ticket.TicketEvent> timeline(@PathVariable long id,
            @Nullable @QueryValue String limit, @Nullable @QueryValue String cursor, Authentication user,
            HttpRequest<?> request) {
        TicketEndpoints.Paged paged = tickets.page(kinds.allowed(request, user, TicketAction.READ), id,
                jp.resas.ops.platform.jdbc.Keyset.request(limit, cursor));
        return new jp.resas.ops.platform.web.ListPage<>(paged.view().timeline(), paged.older());
    }

    @ApiResponse(responseCode = "201", description = "起票しました")
    @ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "401", description = "トークンがない、または無効")
    @ApiResponse(responseCode = "403", description = "ロールが足りない")
    @Post(uris = {INQUIRIES, WORK_REQUESTS, CHANGE_REQUESTS, ISSUES})
    HttpResponse<TicketDetailView> open(@Body Requests.Open body, Authentication user, HttpRequest<?> request) {
        TicketRules rules = kinds.allowed(request, user, TicketAction.OPEN);
        return HttpResponse.created(tickets.open(rules, body, Actors.of(user, request)));
    }

    @ApiResponse(responseCode = "200", description = "変更後のチケット")
    @ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "チケットがない")
    @ApiResponse(responseCode = "409", description = "STALE_VERSION、"
            + "TRANSITION_NOT_ALLOWED、APPROVAL_REQUIRED、APPROVED_CONTENT_CHANGED",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Post(uris = {INQUIRIES + "/{id}/transitions", WORK_REQUESTS + "/{id}/transitions",
            CHANGE_REQUESTS + "/{id}/transitions", ISSUES + "/{id}/transitions"})
    TicketDetailView transition(@PathVariable long id, @Body Requests.Transition body, Authentication user,
            HttpRequest<?> request) {
        TicketRules rules = kinds.allowed(request, user, TicketAction.TRANSITION);
        return tickets.transition(rules, id, body, Actors.of(user, request));
    }

    @ApiResponse(responseCode = "201", description = "記録しました")
    @ApiResponse(responseCode = "400", description = "入力の誤り (field が項目名)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "対象がない",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Post(uris = {INQUIRIES + "/{id}/comments", WORK_REQUESTS + "/{id}/comments",
            CHANGE_REQUESTS + "/{id}/comments", ISSUES + "/{id}/comments"})
    HttpResponse<TicketEvent> comment(@PathVariable long id, @Body Requests.Comment body, Authentication user,
            HttpRequest<?> request) {
        TicketRules rules = kinds.allowed(request, user, TicketAction.COMMENT);
        return HttpResponse.created(tickets.comment(rules, id, body, Actors.of(user, request)));
    }

    /** Title, priority, due date: audited with old and new values; the SLA follows the priority. */
    @Patch(uris = {INQUIRIES + "/{id}", WORK_REQUESTS + "/{id}", CHANGE_REQUESTS + "/{id}", ISSUES + "/{id}"})
    TicketDetailView update(@PathVariable long id, @Body Requests.Update body, Authentication user,
            HttpRequest<?> request) {
        TicketRules rules = kinds.allowed(request, user, TicketAction.UPDATE);
        return tickets.update(rules, id, body, Actors.of(user, request));
    }

    @Put(uris = {INQUIRIES + "/{id}/assignee", WORK_REQUESTS + "/{id}/assignee",
            CHANGE_REQUESTS + "/{id}/assignee", ISSUES + "/{id}/assignee"})
    TicketDetailView assign(@PathVariable long id, @Body Requests.Assign body, Authentication user,
            HttpRequest<?> request) {
        TicketRules rules = kinds.allowed(request, user, TicketAction.ASSIGN);
        return tickets.assign(rules, id, body, Actors.of(user, request));
    }

    /**
     * Only an approver who did not raise it; see segregation of duties. Served for the kinds with an
     * approval gate ({@link TicketApiKinds#DECIDING}, checked against the rules when the kinds are read).
     */
    @Post(uris = {WORK_REQUESTS + "/{id}/approve", CHANGE_REQUESTS + "/{id}/approve"})
    TicketDetailView approve(@PathVariable long id, @Body Requests.Decision body, Authentication user,
            HttpRequest<?> request) {
        TicketRules rules = kinds.allowed(request, user, TicketAction.DECIDE);
        return tickets.decide(rules, id, Approval.Decision.APPROVED, body, Actors.of(user, request));
    }

    @Post(uris = {WORK_REQUESTS + "/{id}/reject", CHANGE_REQUESTS + "/{id}/reject"})
    TicketDetailView reject(@PathVariable long id, @Body Requests.Decision body, Authentication user,
            HttpRequest<?> request) {
        TicketRules rules = kinds.allowed(request, user, TicketAction.DECIDE);
        return tickets.decide(rules, id, Approval.Decision.REJECTED, body, Actors.of(user, request));
    }

    static List<String> paths() {
        return List.of(INQUIRIES, WORK_REQUESTS, CHANGE_REQUESTS, ISSUES);
    }
}
