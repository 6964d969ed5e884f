/**
 * Change requests (変更管理) for design documents, configuration and data: why, risk, rollback plan,
 * approval by an approver other than the author, and the document version the change produced. The
 * lifecycle is data ({@link jp.resas.ops.change.ChangeRequestRules}).
 */
package jp.resas.ops.change;
