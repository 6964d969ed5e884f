/** The reports API: generate (operator), list, download, accept (approver, not the generator). */
package jp.resas.ops.report.web;
