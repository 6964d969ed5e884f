/**
 * The function and schedule catalogues: every Lambda function (name, handler class, size, the environment
 * variables it is given) and every schedule (expression in Japan time, target, input) of RESAS Ops, kept as
 * data ({@code catalogue/functions.json}, {@code catalogue/schedules.json}) and read by the CDK stacks and by
 * {@code resas-ops local}/{@code invoke}, so the two cannot drift. Plain Java and Jackson only.
 */
package jp.resas.ops.catalogue;
