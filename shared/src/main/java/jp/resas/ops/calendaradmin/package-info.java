/**
 * Administrators' changes to the business calendar: opening hours, extra closed days and newer
 * Cabinet Office holiday files. Every SLA reads the calendar built from these settings, so a change
 * recomputes every due time. Framework-free; adapters in {@code infrastructure} and {@code web}.
 */
package jp.resas.ops.calendaradmin;
