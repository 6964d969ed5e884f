package jp.resas.ops.ticket.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.ticket.TicketAction;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketRules;

/**
 * The ticket kinds the API serves, by the first segment of the path, with the rules each kind package
 * declares as a bean. Refuses at start a kind without rules, or an approval gate without its routes.
 */
@Singleton
public class TicketApiKinds {

    /** The API's path of each kind. */
    static final Map<String, TicketKind> PATHS = Map.of("inquiries", TicketKind.INQUIRY,
            "work-requests", TicketKind.WORK_REQUEST, "change-requests", TicketKind.CHANGE_REQUEST,
            "issues", TicketKind.ISSUE);

    /** The kinds {@link TicketController} serves {@code approve} and {@code reject} for. */
    static final Set<TicketKind> DECIDING = Set.of(TicketKind.WORK_REQUEST, TicketKind.CHANGE_REQUEST);

    /** The framework's own refusal, so a role the policy leaves out reads as it did before. */
    static final String FORBIDDEN = "この操作を行う権限がありません。";

    private final Map<TicketKind, TicketRules> rules = new EnumMap<>(TicketKind.class);

    TicketApiKinds(List<TicketRules> declared) {
        for (TicketRules kind : declared) {
            if (rules.put(kind.kind(), kind) != null) {
                throw new IllegalStateException("two rules declared for " + kind.kind());
            }
        }
        for (TicketKind kind : PATHS.values()) {
            TicketRules declaredRules = rules.get(kind);
            if (declaredRules == null) {
                throw new IllegalStateException("no rules declared for " + kind);
            }
            if (declaredRules.approval().isPresent() != DECIDING.contains(kind)) {
                throw new IllegalStateException(kind + ": the approve/reject routes and the approval gate disagree");
            }
        }
    }

    /** The rules of the kind the request's path names. */
    public TicketRules rules(HttpRequest<?> request) {
        String path = request.getPath();
        int end = path.indexOf('/', 1);
        TicketKind kind = PATHS.get(end < 0 ? path.substring(1) : path.substring(1, end));
        if (kind == null) {
            throw new IllegalStateException("no ticket kind at " + path);
        }
        return rules.get(kind);
    }

    /**
     * The rules of the request's kind when the kind's policy for {@code action} admits one of the
     * caller's roles.
     *
     * @throws ForbiddenActionException (403 {@code FORBIDDEN}) otherwise
     */
    public TicketRules allowed(HttpRequest<?> request, Authentication user, TicketAction action) {
        TicketRules kind = rules(request);
        if (!kind.who(action).admits(user.getRoles())) {
            throw new ForbiddenActionException("FORBIDDEN", FORBIDDEN);
        }
        return kind;
    }
}
