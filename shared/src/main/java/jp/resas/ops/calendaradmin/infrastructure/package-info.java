/** Calendar settings on PostgreSQL, and the calendar in force built from them. */
package jp.resas.ops.calendaradmin.infrastructure;
