/** The 変更要求 endpoints of the ops API (/change-requests). */
package jp.resas.ops.change.web;
