/**
 * Inquiries (問合せ) from the owner's staff, Cabinet staff and others: who asked, by which channel,
 * what, the answer and an optional investigation report, with an SLA in business hours. The
 * lifecycle is data ({@link jp.resas.ops.inquiry.InquiryRules}); the use cases are the shared ticket ones.
 */
package jp.resas.ops.inquiry;
