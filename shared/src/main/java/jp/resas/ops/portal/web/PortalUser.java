package jp.resas.ops.portal.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import jp.resas.ops.platform.web.Roles;

/** Who is looking at a page, and what their groups let them do; templates ask it before showing a control. */
public record PortalUser(String name, Set<String> roles) {

    public PortalUser(String name, Collection<String> roles) {
        this(name, Set.copyOf(roles));
    }

    public boolean any(String... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public boolean operates() {
        return any(Roles.OPERATOR, Roles.ADMIN);
    }

    public boolean approves() {
        return any(Roles.APPROVER);
    }

    public boolean administers() {
        return any(Roles.ADMIN);
    }

    /** The groups in Japanese, for the header. */
    public String roleLabel() {
        StringBuilder label = new StringBuilder();
        for (String role : new String[] {Roles.ADMIN, Roles.APPROVER, Roles.OPERATOR, Roles.VIEWER}) {
            if (roles.contains(role)) {
                label.append(label.isEmpty() ? "" : "・").append(switch (role) {
                    case Roles.ADMIN -> "管理者";
                    case Roles.APPROVER -> "承認者";
                    case Roles.OPERATOR -> "運用担当";
                    default -> "閲覧者";
                });
            }
        }
        return label.toString();
    }
}
