/** The portal's own records: one-time login links. */
package jp.resas.ops.portal.infrastructure;
