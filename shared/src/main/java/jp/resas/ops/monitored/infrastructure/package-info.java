/** The description as a bean of the running application. */
package jp.resas.ops.monitored.infrastructure;
