package jp.resas.ops.ledger.asset;

import jp.resas.ops.monitored.MonitoredAccount;

/**
 * What AWS knows of a monitored account (port): its inventory read through the role assumed there, its
 * scopes named {@code <account>/tagging:<region>}, {@code <account>/acm:<region>}, {@code <account>/route53domains}.
 */
public interface CloudInventories {

    CloudInventory of(MonitoredAccount account);
}
