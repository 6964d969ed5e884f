/** What every capability stands on: JDBC access, JSON, clocks, security wiring, health. */
package jp.resas.ops.platform;
