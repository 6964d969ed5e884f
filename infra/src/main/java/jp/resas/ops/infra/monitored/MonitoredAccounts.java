package jp.resas.ops.infra.monitored;

import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.infra.collectors.CollectorsStack;
import jp.resas.ops.infra.ledger.LedgersStack;
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
 * permission to assume each read role for the functions that read the monitored accounts: the four
 * collectors and asset discovery (one credentials provider per account, {@code AccountCredentials}).
 */
public final class MonitoredAccounts {

    private MonitoredAccounts() {
    }

    /** The functions that assume the monitored accounts' read roles. */
    public static final List<String> COLLECTORS = List.of("metrics-collector", "log-collector", "access-collector",
            "cost-collector");

    public static List<MonitoredAccountStack> wire(Construct app, MonitoredSystem system, MonitoringStack monitoring,
            CollectorsStack collectors, LedgersStack ledgers) {
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
            List<software.amazon.awscdk.services.lambda.Function> readers = new ArrayList<>();
            COLLECTORS.forEach(name -> readers.add(collectors.collector(name).function()));
            readers.add(ledgers.discovery().function());
            readers.add(ledgers.snapshot().function());
            readers.add(ledgers.accounts().function());
            readers.forEach(reader -> reader.addToRolePolicy(PolicyStatement.Builder.create()
                    .actions(List.of("sts:AssumeRole")).resources(roles).build()));
        }
        return stacks;
    }

    /** Lets {@code reader} (a function that reads the monitored accounts) assume their read roles, and nothing else. */
    public static void grantAssume(MonitoredSystem system, software.amazon.awscdk.services.lambda.Function reader) {
        List<String> roles = system.accounts().stream().map(MonitoredAccount::readRoleArn).toList();
        if (!roles.isEmpty()) {
            reader.addToRolePolicy(PolicyStatement.Builder.create().actions(List.of("sts:AssumeRole")).resources(roles)
                    .build());
        }
    }
}
