/** The scheduled {@code report-schedule} handler: the monthly and weekly reports, generated once per period. */
package jp.resas.ops.functions.report;
