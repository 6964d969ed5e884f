/**
 * The data pipeline on one machine: {@code resas-ops pipeline validate|run|approve}, the data-update
 * state machine run in-process by the ASL runner with its Lambda tasks bound to the handlers, and the
 * {@code --demo} round of {@code resas-ops local}.
 */
package jp.resas.ops.local.pipeline;
