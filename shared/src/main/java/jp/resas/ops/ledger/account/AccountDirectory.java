package jp.resas.ops.ledger.account;

/**
 * The accounts AWS knows (port; the AWS SDK in {@code infrastructure}). Each method reads one system in
 * full, every page, or throws {@link jp.resas.ops.ledger.asset.SourceUnavailableException}: a system half
 * read must not mark accounts gone.
 */
public interface AccountDirectory {

    /** IAM users ({@code GetAccountAuthorizationDetails}) with the credential report: system {@code aws:<account id>}. */
    SystemAccounts iamUsers();

    /** A Cognito user pool's users ({@code ListUsers}) and groups: system {@code cognito:<pool id>}. */
    SystemAccounts cognitoUsers(String userPoolId);
}
