/**
 * Watching the system: the collectors that gather logs, metrics and availability figures from AWS
 * for the monthly report, and the record of every collector run ({@code runs}).
 */
package jp.resas.ops.monitoring;
