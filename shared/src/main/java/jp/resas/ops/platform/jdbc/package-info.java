/** Plain SQL over the transaction-bound connection that Micronaut Data manages. */
package jp.resas.ops.platform.jdbc;
