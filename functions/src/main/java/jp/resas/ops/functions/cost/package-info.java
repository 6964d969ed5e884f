/** The cost collector's Lambda handler. */
package jp.resas.ops.functions.cost;
