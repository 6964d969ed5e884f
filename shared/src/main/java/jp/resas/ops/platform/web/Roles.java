package jp.resas.ops.platform.web;

/** The Cognito groups (the {@code cognito:groups} claim) and what each may do. */
public final class Roles {

    public static final String VIEWER = "viewer";
    public static final String OPERATOR = "operator";
    public static final String APPROVER = "approver";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
