/** The account review's adapters: IAM and Cognito (SDK), PostgreSQL, Excel. */
package jp.resas.ops.ledger.account.infrastructure;
