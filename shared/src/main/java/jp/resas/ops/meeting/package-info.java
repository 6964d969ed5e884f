/**
 * 定例会 and 議事録: a meeting's facts, its minutes as versions (draft, submitted, approved or returned;
 * an approved version frozen, a correction the next version), the minutes' due time of three 開庁日
 * after the meeting with its reminder and breach, and the action items that become issues once the
 * owner approves. Framework-free; adapters live in {@code infrastructure} and {@code web}.
 */
package jp.resas.ops.meeting;
