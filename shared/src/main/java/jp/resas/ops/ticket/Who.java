package jp.resas.ops.ticket;

import java.util.Collection;
import java.util.Set;

/**
 * The named role policies a kind's rules give each {@link TicketAction}. The role names are the
 * Cognito groups ({@code platform.web.Roles}; {@code TicketAccessApiTest} checks they are equal).
 */
public enum Who {
    /** Anyone signed in, a viewer too. */
    EVERYONE("viewer", "operator", "approver", "admin"),
    /** The people who run the service: operators, approvers, administrators. */
    STAFF("operator", "approver", "admin"),
    /** Operators and administrators: they work tickets. */
    OPERATORS("operator", "admin"),
    /** Approvers only: segregation of duties is checked on top by the use case. */
    APPROVERS("approver"),
    /** Nobody: the action does not exist for the kind (e.g. deciding without an approval gate). */
    NOBODY();

    private final Set<String> roles;

    Who(String... roles) {
        this.roles = Set.of(roles);
    }

    public Set<String> roles() {
        return roles;
    }

    /** True when one of the caller's roles is among this policy's. */
    public boolean admits(Collection<String> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }
}
