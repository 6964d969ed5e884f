/**
 * The Amazon States Language model: a definition parsed and validated into immutable records
 * (states, choice rules, retriers, catchers, payload templates) ready to execute.
 */
package jp.resas.ops.sfn.internal.asl;
