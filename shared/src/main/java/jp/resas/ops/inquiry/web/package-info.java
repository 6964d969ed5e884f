/** The 問合せ endpoints of the ops API (/inquiries). */
package jp.resas.ops.inquiry.web;
