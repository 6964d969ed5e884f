/**
 * The monitored system as data: the accounts, regions and services of RESAS (and, separately named,
 * RESAS Ops itself) that the collectors read, the availability rules and the read roles. One JSON
 * file, one schema ({@link jp.resas.ops.monitored.MonitoredSystemReader}), read by the CDK app, the
 * functions and {@code resas-ops local} alike.
 */
package jp.resas.ops.monitored;
