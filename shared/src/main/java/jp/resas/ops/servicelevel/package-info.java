/**
 * サービスレベル for 改善提案: requesters' satisfaction with answered inquiries (rated once, by the
 * requester), handling times in business hours per kind, priority and month with a 12-month trend,
 * and the 改善提案書 the operator proposes and the owner accepts. Framework-free; adapters live in
 * {@code infrastructure} and {@code web}.
 */
package jp.resas.ops.servicelevel;
