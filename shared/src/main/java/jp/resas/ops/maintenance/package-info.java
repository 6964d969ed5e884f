/**
 * Maintenance windows (planned and ad hoc) with the services they affect. Alarms raised inside a
 * window are recorded on it and their incidents marked. Framework-free; adapters in
 * {@code infrastructure} and {@code web}.
 */
package jp.resas.ops.maintenance;
