/** The collectors stack: the four collector functions, their schedules and IAM, the access-log bucket. */
package jp.resas.ops.infra.collectors;
