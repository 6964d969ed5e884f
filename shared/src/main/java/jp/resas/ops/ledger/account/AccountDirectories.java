package jp.resas.ops.ledger.account;

import jp.resas.ops.monitored.MonitoredAccount;

/** The IAM accounts of a monitored account, read through the role assumed there (port). */
public interface AccountDirectories {

    AccountDirectory of(MonitoredAccount account);
}
