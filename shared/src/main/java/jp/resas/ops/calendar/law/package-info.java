/**
 * The holidays of 国民の祝日に関する法律 computed for any year from 1949 to 2150: the named days as the
 * law has stood in each year, the equinox days by the standard formula, substitute holidays
 * (振替休日), citizens' holidays (国民の休日) and the one-off days set by special laws. Used for
 * years past the Cabinet Office list, and checked against every year of it.
 */
package jp.resas.ops.calendar.law;
