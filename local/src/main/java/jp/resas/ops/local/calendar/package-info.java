/**
 * {@code resas-ops calendar}: the business calendar on the command line, so operators and scripts
 * compute due times and 開庁日 exactly as the platform does.
 */
package jp.resas.ops.local.calendar;
