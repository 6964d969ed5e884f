/**
 * Work requests (作業依頼): data investigations and extractions asked of the operator. Touching
 * production data needs an approver's approval first, and nobody approves their own request. The
 * lifecycle is data ({@link jp.resas.ops.workrequest.WorkRequestRules}).
 */
package jp.resas.ops.workrequest;
