package jp.resas.ops.ledger.configuration;

import jp.resas.ops.monitored.MonitoredAccount;

/** The deployed configuration of a monitored account, read through the role assumed there (port). */
public interface DeployedConfigurations {

    DeployedConfiguration of(MonitoredAccount account);
}
