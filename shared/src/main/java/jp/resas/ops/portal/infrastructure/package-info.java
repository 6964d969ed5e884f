/** The portal's own records: one-time login links, and the dashboard's read of several capabilities. */
package jp.resas.ops.portal.infrastructure;
