/** The 作業依頼 endpoints of the ops API (/work-requests). */
package jp.resas.ops.workrequest.web;
