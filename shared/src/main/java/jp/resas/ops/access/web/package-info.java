/** {@code GET /access?month=} as JSON or CSV. */
package jp.resas.ops.access.web;
