/**
 * 開発スケジュール: menus and functions under development or change, with planned and actual dates of
 * their milestones, progress, status and linked change requests, and what slipped since the week
 * before. {@link jp.resas.ops.devschedule.ReadingDevelopmentSchedule} is the query the weekly report
 * calls. Framework-free; adapters live in {@code infrastructure} and {@code web}.
 */
package jp.resas.ops.devschedule;
