/** The account review's API: {@code /ledgers/accounts}, {@code /ledgers/account-reviews}. */
package jp.resas.ops.ledger.account.web;
