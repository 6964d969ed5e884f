/** The ops API function: the same Micronaut controllers that {@code resas-ops local} serves. */
package jp.resas.ops.functions.api;
