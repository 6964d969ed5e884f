/** The 課題 endpoints of the ops API (/issues). */
package jp.resas.ops.issue.web;
