/** {@code GET /monitoring/errors?from=&to=} as JSON or CSV. */
package jp.resas.ops.monitoring.logs.web;
