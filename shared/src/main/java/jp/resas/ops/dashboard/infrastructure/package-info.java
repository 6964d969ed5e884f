/** The dashboard's read of several capabilities' tables. */
package jp.resas.ops.dashboard.infrastructure;
