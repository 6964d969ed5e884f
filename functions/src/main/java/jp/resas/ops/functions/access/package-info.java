/** The access-collector Lambda handler. */
package jp.resas.ops.functions.access;
