/** The append-only audit log: every change, with who, when, what and from where. */
package jp.resas.ops.audit;
