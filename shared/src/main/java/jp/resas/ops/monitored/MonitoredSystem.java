package jp.resas.ops.monitored;

import java.util.List;
import java.util.Optional;

/**
 * What is watched: the monitored accounts and their services, and RESAS Ops' own entry (kept apart
 * so its figures are never mistaken for RESAS's).
 *
 * @param name         a label for the whole system ("RESAS")
 * @param opsAccount   where RESAS Ops runs: the principal the read roles trust, the bus alarms are forwarded to
 * @param accounts     the monitored accounts, each with the role the collectors assume
 * @param costExplorerAccount the account whose Cost Explorer the cost collector reads (through its role): the
 *                     payer of the organisation, whose bill covers every linked account; absent, RESAS Ops'
 *                     own account's Cost Explorer
 * @param services     RESAS's services (public site, API, data updates, …)
 * @param opsPlatform  RESAS Ops itself: measured in its own account, never mixed into RESAS's figures
 */
public record MonitoredSystem(String name, OpsAccount opsAccount, List<MonitoredAccount> accounts,
        Optional<String> costExplorerAccount, List<MonitoredService> services, MonitoredService opsPlatform) {

    public MonitoredSystem {
        accounts = List.copyOf(accounts);
        services = List.copyOf(services);
    }

    /** The ops account and the region of its event bus. */
    public record OpsAccount(String accountId, String region) {

        public String defaultEventBusArn() {
            return "arn:aws:events:" + region + ":" + accountId + ":event-bus/default";
        }
    }

    public Optional<MonitoredAccount> account(String accountName) {
        return accounts.stream().filter(a -> a.name().equals(accountName)).findFirst();
    }

    public Optional<MonitoredService> service(String id) {
        if (opsPlatform.id().equals(id)) {
            return Optional.of(opsPlatform);
        }
        return services.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** RESAS's services, then RESAS Ops. */
    public List<MonitoredService> allServices() {
        List<MonitoredService> all = new java.util.ArrayList<>(services);
        all.add(opsPlatform);
        return List.copyOf(all);
    }

    /** The service whose alarm-name patterns match {@code alarmName} first, if any. */
    public Optional<MonitoredService> serviceOfAlarm(String alarmName) {
        return allServices().stream().filter(s -> s.ownsAlarm(alarmName)).findFirst();
    }
}
