/** The issue list (課題管理表) shown in the weekly report: issue, owner, due date, status, resolution. */
package jp.resas.ops.issue;
