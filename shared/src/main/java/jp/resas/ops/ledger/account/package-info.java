/**
 * アカウント棚卸し: the accounts of the systems (IAM, Cognito, imported lists of systems without an API)
 * and the review rounds in which each gets a decision (keep, remove, change) by an operator, with due
 * times in business hours, the unused and MFA-less flagged first; a round is completed by an approver
 * who decided nothing in it.
 */
package jp.resas.ops.ledger.account;
