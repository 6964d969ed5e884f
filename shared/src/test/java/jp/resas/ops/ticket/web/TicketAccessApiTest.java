package jp.resas.ops.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.resas.ops.change.ChangeRequestRules;
import jp.resas.ops.inquiry.InquiryRules;
import jp.resas.ops.issue.IssueRules;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.ticket.TicketAction;
import jp.resas.ops.ticket.TicketRules;
import jp.resas.ops.ticket.Who;
import jp.resas.ops.workrequest.WorkRequestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind × role × action of the one ticket API, against the table the four controllers' {@code @Secured}
 * gave before they became one: a role the table admits reaches the use case (which answers about the
 * ticket: 2xx, 400 or 404), any other gets the framework's 403 {@code FORBIDDEN}. The kinds' policies are
 * checked against the same table, so a policy change shows here.
 */
@PlatformTest
class TicketAccessApiTest {

    private static final Set<String> ALL = Set.of(Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN);
    private static final Set<String> STAFF = Set.of(Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN);
    private static final Set<String> OPERATORS = Set.of(Roles.OPERATOR, Roles.ADMIN);
    private static final long MISSING = 987_654_321L;

    /** The kinds' paths and rules, and who may open and comment (the rest is the same for every kind). */
    private record Kind(String path, TicketRules rules, Set<String> open, Set<String> comment, Set<String> decide) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("inquiries", InquiryRules.RULES, ALL, ALL, Set.of()),
            new Kind("work-requests", WorkRequestRules.RULES, STAFF, STAFF, Set.of(Roles.APPROVER)),
            new Kind("change-requests", ChangeRequestRules.RULES, OPERATORS, STAFF, Set.of(Roles.APPROVER)),
            new Kind("issues", IssueRules.RULES, STAFF, STAFF, Set.of()));

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Router router;

    private static Set<String> expected(Kind kind, TicketAction action) {
        return switch (action) {
            case READ -> ALL;
            case OPEN -> kind.open();
            case COMMENT -> kind.comment();
            case TRANSITION, UPDATE, ASSIGN -> OPERATORS;
            case DECIDE -> kind.decide();
        };
    }

    static Stream<Arguments> everyKindRoleAndAction() {
        List<Arguments> cases = new ArrayList<>();
        for (Kind kind : KINDS) {
            for (String role : List.of(Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN)) {
                for (TicketAction action : TicketAction.values()) {
                    if (action != TicketAction.DECIDE || kind.rules().approval().isPresent()) {
                        cases.add(Arguments.of(kind.path(), role, action, expected(kind, action).contains(role)));
                    }
                }
            }
        }
        return cases.stream();
    }

    /** What each action sends: a request that gets past the role check only to be answered about the ticket. */
    private List<Answer> act(String path, TicketAction action, String user, String... roles) {
        Api api = new Api(http);
        String one = "/" + path + "/" + MISSING;
        return switch (action) {
            case READ -> List.of(api.get("/" + path, user, roles), api.get(one, user, roles));
            case OPEN -> List.of(api.post("/" + path, Map.of("title", ""), user, roles));
            case TRANSITION -> List.of(api.post(one + "/transitions", Map.of("to", "CLOSED", "version", 1), user, roles));
            case UPDATE -> List.of(api.patch(one, Map.of("version", 1, "title", "件名"), user, roles));
            case ASSIGN -> List.of(api.put(one + "/assignee", Map.of("assignee", "sato", "version", 1), user, roles));
            case COMMENT -> List.of(api.post(one + "/comments", Map.of("text", "メモ"), user, roles));
            case DECIDE -> List.of(api.post(one + "/approve", Map.of("version", 1), user, roles),
                    api.post(one + "/reject", Map.of("version", 1), user, roles));
        };
    }

    @ParameterizedTest(name = "{0} {1} {2}: allowed={3}")
    @MethodSource("everyKindRoleAndAction")
    void eachRole_isAdmittedExactlyWhereTheTableSays(String path, String role, TicketAction action, boolean allowed) {
        for (Answer answer : act(path, action, "user-" + role, role)) {
            if (allowed) {
                assertThat(answer.status()).as(answer.body().toString()).isIn(200, 201, 400, 404);
                assertThat(answer.body().path("error").asText()).isNotEqualTo("FORBIDDEN");
            } else {
                assertThat(answer.status()).as(answer.body().toString()).isEqualTo(403);
                assertThat(answer.get("error").asText()).isEqualTo("FORBIDDEN");
                assertThat(answer.get("message").asText()).isEqualTo("この操作を行う権限がありません。");
            }
        }
    }

    @Test
    void theKindsPolicies_admitExactlyTheTable() {
        for (Kind kind : KINDS) {
            for (TicketAction action : TicketAction.values()) {
                for (String role : ALL) {
                    assertThat(kind.rules().who(action).admits(List.of(role)))
                            .as(kind.path() + " " + action + " " + role).isEqualTo(expected(kind, action).contains(role));
                }
            }
        }
    }

    @Test
    void thePolicies_nameTheCognitoGroups() {
        assertThat(Who.EVERYONE.roles()).isEqualTo(ALL);
        assertThat(Who.STAFF.roles()).isEqualTo(STAFF);
        assertThat(Who.OPERATORS.roles()).isEqualTo(OPERATORS);
        assertThat(Who.APPROVERS.roles()).containsExactly(Roles.APPROVER);
    }

    /** Kinds without an approval gate have no approve/reject route at all, as before. */
    @Test
    void kindsWithoutAGate_haveNoDecisionRoutes() {
        List<String> decisionRoutes = router.uriRoutes()
                .filter(r -> r.getHttpMethod() == HttpMethod.POST)
                .map(r -> r.getUriMatchTemplate().toPathString())
                .filter(p -> p.endsWith("/approve") || p.endsWith("/reject"))
                .filter(p -> KINDS.stream().anyMatch(k -> p.startsWith("/" + k.path() + "/")))
                .distinct().sorted().toList();
        assertThat(decisionRoutes).containsExactly("/change-requests/{id}/approve", "/change-requests/{id}/reject",
                "/work-requests/{id}/approve", "/work-requests/{id}/reject");
        Answer asked = new Api(http).post("/inquiries/" + MISSING + "/approve", Map.of("version", 1), "a", Roles.APPROVER);
        assertThat(asked.status()).isNotIn(200, 201);
    }

    /** Two roles do not add up to a third: an approver who is also a viewer still may not work a ticket. */
    @Test
    void twoRoles_admitOnlyWhatOneOfThemMay() {
        for (Answer answer : act("change-requests", TicketAction.TRANSITION, "two", Roles.VIEWER, Roles.APPROVER)) {
            assertThat(answer.status()).isEqualTo(403);
        }
        for (Answer answer : act("change-requests", TicketAction.OPEN, "two", Roles.VIEWER, Roles.APPROVER)) {
            assertThat(answer.status()).isEqualTo(403);
        }
        for (Answer answer : act("change-requests", TicketAction.OPEN, "two", Roles.VIEWER, Roles.OPERATOR)) {
            assertThat(answer.status()).isEqualTo(400);
        }
    }
}
