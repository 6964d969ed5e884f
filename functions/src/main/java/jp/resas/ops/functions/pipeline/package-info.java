/**
 * The data pipeline's business steps as Lambda handlers, one per step, invoked by the data-update state
 * machine (in AWS and by the local runner): collect, process a chunk / complete validation, wait for
 * approval, publish, record a failure. Each parses the state's input, calls one service, shapes the answer.
 */
package jp.resas.ops.functions.pipeline;
