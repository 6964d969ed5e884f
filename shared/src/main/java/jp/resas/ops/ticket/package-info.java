/**
 * What the service-desk tickets share: SLA evaluation against the calendar in force, and (in
 * {@code web}) how the API shows an SLA. Framework-free.
 */
package jp.resas.ops.ticket;
