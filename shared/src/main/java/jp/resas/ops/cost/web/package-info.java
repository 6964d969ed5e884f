/** The cost endpoints: {@code GET /costs?month=} as JSON or CSV. */
package jp.resas.ops.cost.web;
