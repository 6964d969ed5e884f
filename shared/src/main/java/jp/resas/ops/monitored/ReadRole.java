package jp.resas.ops.monitored;

/**
 * The read-only role in a monitored account ({@code MonitoredAccountStack} creates it) and the
 * external id its trust policy requires, so only RESAS Ops' collectors can assume it.
 */
public record ReadRole(String roleName, String externalId) {
}
