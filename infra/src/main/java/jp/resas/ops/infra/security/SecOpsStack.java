package jp.resas.ops.infra.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.ResasFunctionProps;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.TimeZone;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.scheduler.CronOptionsWithTimezone;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.LambdaInvoke;
import software.amazon.awscdk.services.scheduler.targets.ScheduleTargetBaseProps;
import software.constructs.Construct;

/**
 * Security operations' daily functions in Japan time: {@code vulnerability-collector} (06:00) reads
 * Inspector's and Security Hub's findings, here and (through the read roles) in the monitored accounts,
 * with those two read actions and nothing else. AWS Backup protects the buckets of records, attachments and
 * reports, and restore-tests them and the database monthly ({@link ResourceBackups}).
 */
public final class SecOpsStack extends Stack {

    private final ResasFunction vulnerabilities;
    private final ResourceBackups backups;

    public SecOpsStack(Construct scope, String id, SecOpsStackProps props) {
        super(scope, id, props.stack());
        this.vulnerabilities = function(props, "VulnerabilityCollector", "vulnerability-collector",
                "VulnerabilityCollectorHandler", Duration.minutes(5), Map.of("RESAS_SECURITY_REGIONS", getRegion()));
        vulnerabilities.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("inspector2:ListFindings")).resources(List.of("*")).build());
        vulnerabilities.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("securityhub:GetFindings"))
                .resources(List.of("arn:" + getPartition() + ":securityhub:" + getRegion() + ":" + getAccount()
                        + ":hub/default")).build());
        Suppress.findings(vulnerabilities.function(), "AwsSolutions-IAM5", "inspector2:ListFindings has no "
                + "resource-level permissions (Resource must be *); securityhub:GetFindings is limited to this "
                + "account's hub. X-Ray's Resource::* likewise.", List.of("Resource::*"));
        schedule("VulnerabilityCollectorSchedule", vulnerabilities, "0", "6");
        this.backups = new ResourceBackups(this, "Backups", props.buckets(), props.clusterArn(), props.databaseVaultArn());
    }

    private ResasFunction function(SecOpsStackProps props, String id, String name, String handler, Duration timeout,
            Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(props.database().environment());
        env.putAll(extraEnv);
        ResasFunction function = new ResasFunction(this, id, ResasFunctionProps.builder()
                .serviceName(name)
                .handler("jp.resas.ops.functions.security." + handler + "::handleRequest")
                .code(props.functions().code())
                .timeout(timeout)
                .environment(env)
                .vpc(props.vpc())
                .securityGroups(List.of(props.database().clientSecurityGroup()))
                .build());
        props.database().grantTo(function.function());
        return function;
    }

    private void schedule(String id, ResasFunction function, String minute, String hour) {
        Schedule.Builder.create(this, id)
                .description(function.function().getFunctionName() + " daily, Japan time")
                .schedule(ScheduleExpression.cron(CronOptionsWithTimezone.builder()
                        .minute(minute).hour(hour).timeZone(TimeZone.ASIA_TOKYO).build()))
                .target(new LambdaInvoke(function.alias(), ScheduleTargetBaseProps.builder()
                        .input(ScheduleTargetInput.fromObject(Map.of()))
                        .retryAttempts(2)
                        .maxEventAge(Duration.hours(2))
                        .build()))
                .build();
    }

    public ResourceBackups backups() {
        return backups;
    }

    public ResasFunction vulnerabilityCollector() {
        return vulnerabilities;
    }
}
