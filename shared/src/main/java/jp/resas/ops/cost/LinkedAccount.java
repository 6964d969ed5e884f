package jp.resas.ops.cost;

import jp.resas.ops.monitored.MonitoredAccount;
import jp.resas.ops.monitored.MonitoredSystem;

/**
 * An account of the bill, as the monitored-system description knows it: one of RESAS's accounts (by its
 * description name), RESAS Ops' own account, or an account of the organisation the description does not
 * name (its cost is still shown, never folded into RESAS's).
 *
 * @param id    the 12-digit account id Cost Explorer groups by
 * @param owner whose account it is
 * @param name  the description's name ({@code resas-prod}); for RESAS Ops its service id; null when unlisted
 */
public record LinkedAccount(String id, Owner owner, String name) {

    public enum Owner { RESAS, RESAS_OPS, UNLISTED }

    public static LinkedAccount in(MonitoredSystem system, String id) {
        if (system.opsAccount().accountId().equals(id)) {
            return new LinkedAccount(id, Owner.RESAS_OPS, system.opsPlatform().id());
        }
        return system.accounts().stream().filter(a -> a.accountId().equals(id)).findFirst()
                .map(MonitoredAccount::name).map(name -> new LinkedAccount(id, Owner.RESAS, name))
                .orElseGet(() -> new LinkedAccount(id, Owner.UNLISTED, null));
    }
}
