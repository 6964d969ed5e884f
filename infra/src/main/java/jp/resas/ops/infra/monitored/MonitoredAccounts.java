package jp.resas.ops.infra.monitored;

import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.infra.collectors.CollectorsStack;
import jp.resas.ops.infra.monitoring.MonitoringStack;
import jp.resas.ops.monitored.MonitoredAccount;
import jp.resas.ops.monitored.MonitoredSystem;
import software.amazon.awscdk.services.events.CfnEventBusPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * Both sides of cross-account monitoring: a {@link MonitoredAccountStack} per monitored account and
 * region; in the ops account, the default bus's permission for each account to put events (alarm
 * intake's rule then sees them, the event's {@code account} naming where the alarm is) and the
 * collectors' permission to assume each read role.
 */
public final class MonitoredAccounts {

    private MonitoredAccounts() {
    }

    public static List<MonitoredAccountStack> wire(Construct app, MonitoredSystem system, MonitoringStack monitoring,
            CollectorsStack collectors) {
        List<MonitoredAccountStack> stacks = new ArrayList<>();
        for (MonitoredAccount account : system.accounts()) {
            for (String region : account.regions()) {
                stacks.add(new MonitoredAccountStack(app, "ResasOps-Watched-" + account.name() + "-" + region, system,
                        account, region));
            }
            CfnEventBusPolicy.Builder.create(monitoring, "AlarmsFrom-" + account.name())
                    .statementId("resas-ops-alarms-from-" + account.name())
                    .eventBusName("default")
                    .action("events:PutEvents")
                    .principal(account.accountId())
                    .build();
        }
        List<String> roles = system.accounts().stream().map(MonitoredAccount::readRoleArn).toList();
        if (!roles.isEmpty()) {
            for (String name : List.of("metrics-collector", "log-collector", "access-collector", "cost-collector")) {
                collectors.collector(name).function().addToRolePolicy(PolicyStatement.Builder.create()
                        .actions(List.of("sts:AssumeRole")).resources(roles).build());
            }
        }
        return stacks;
    }
}
