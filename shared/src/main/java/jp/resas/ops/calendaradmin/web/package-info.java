/** The calendar settings endpoints (/calendar): read by everyone, changed by administrators. */
package jp.resas.ops.calendaradmin.web;
