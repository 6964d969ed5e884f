package jp.resas.ops.ledger.account;

/** Where an account was read: IAM users, a Cognito user pool, or a list imported for a system without an API. */
public enum AccountSource {
    IAM, COGNITO, CSV
}
