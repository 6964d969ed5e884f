/** The administrators' view of the audit log: GET /audit. */
package jp.resas.ops.audit.web;
