package jp.resas.ops.infra.monitoring;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.CfnAlarm;
import software.amazon.awscdk.services.scheduler.CfnSchedule;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * RESAS Ops' alarms on every one of its own parts, found in the synthesised tree rather than listed,
 * so a function or state machine added later is covered without anyone remembering to: each
 * function's errors and throttles, each state machine's failed and timed-out executions, each HTTP
 * API's 5xx, each Aurora cluster's capacity and connections, each queue's visible messages (they
 * are all dead-letter queues), the schedules' target errors. The alarms live in the stack of what
 * they watch and notify the alarm topic by its name ({@value #TOPIC_NAME}), so no stack depends on
 * another for it; the topic feeds alarm intake and an e-mail subscription, so a broken intake is
 * still seen.
 */
public final class EveryPartAlarms {

    public static final String TOPIC_NAME = "resas-ops-alarms";
    /** 80% of the cluster's 8 ACU maximum (DataStack), as the metrics collector flags headroom. */
    static final double ACU_LIMIT = 6.4;
    /** Aurora PostgreSQL at 8 ACU allows about 2,000 connections; 400 means something leaks. */
    static final double CONNECTIONS_LIMIT = 400;

    private final Set<String> existing = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> scheduleGroups = new HashSet<>();

    private EveryPartAlarms() {
    }

    /**
     * Adds the alarms to every stack of {@code app} except those in {@code skipStacks} (other
     * accounts). An alarm whose name the app already has (PlatformAlarms' function errors and
     * dead-letter queue) is not made twice.
     */
    public static void cover(Construct app, Set<Stack> skipStacks) {
        EveryPartAlarms alarms = new EveryPartAlarms();
        for (IConstruct node : app.getNode().findAll()) {
            if (node instanceof CfnAlarm alarm && alarm.getAlarmName() != null) {
                alarms.existing.add(alarm.getAlarmName());
            }
        }
        for (IConstruct child : app.getNode().getChildren()) {
            if (child instanceof Stack stack && !skipStacks.contains(stack)) {
                alarms.coverStack(stack);
            }
        }
    }

    private void coverStack(Stack stack) {
        ITopic topic = Topic.fromTopicArn(stack, "PlatformAlarmTopic", stack.formatArn(
                software.amazon.awscdk.ArnComponents.builder().service("sns").resource(TOPIC_NAME).build()));
        Construct scope = new Construct(stack, "EveryPartAlarms");
        SnsAction notify = new SnsAction(topic);
        for (IConstruct node : stack.getNode().findAll()) {
            if (!(node instanceof CfnResource resource)) {
                continue;
            }
            String id = partName(node);
            switch (resource.getCfnResourceType()) {
                case "AWS::Lambda::Function" -> {
                    Map<String, String> dims = Map.of("FunctionName", resource.getRef());
                    alarm(scope, notify, id + "-Errors", "AWS/Lambda", "Errors", dims, "Sum", 1, 1);
                    alarm(scope, notify, id + "-Throttles", "AWS/Lambda", "Throttles", dims, "Sum", 1, 1);
                }
                case "AWS::StepFunctions::StateMachine" -> {
                    Map<String, String> dims = Map.of("StateMachineArn", resource.getRef());
                    alarm(scope, notify, id + "-ExecutionsFailed", "AWS/States", "ExecutionsFailed", dims, "Sum", 1, 1);
                    alarm(scope, notify, id + "-ExecutionsTimedOut", "AWS/States", "ExecutionsTimedOut", dims, "Sum", 1, 1);
                }
                case "AWS::ApiGatewayV2::Api" -> alarm(scope, notify, id + "-5xx", "AWS/ApiGateway", "5xx",
                        Map.of("ApiId", resource.getRef()), "Sum", 5, 1);
                case "AWS::RDS::DBCluster" -> {
                    Map<String, String> dims = Map.of("DBClusterIdentifier", resource.getRef());
                    alarm(scope, notify, id + "-Capacity", "AWS/RDS", "ServerlessDatabaseCapacity", dims, "Maximum",
                            ACU_LIMIT, 3);
                    alarm(scope, notify, id + "-Connections", "AWS/RDS", "DatabaseConnections", dims, "Maximum",
                            CONNECTIONS_LIMIT, 3);
                }
                case "AWS::SQS::Queue" -> alarm(scope, notify, id + "-NotEmpty", "AWS/SQS",
                        "ApproximateNumberOfMessagesVisible", Map.of("QueueName", resource.getAtt("QueueName").toString()),
                        "Maximum", 1, 1);
                case "AWS::Scheduler::Schedule" -> {
                    String group = node instanceof CfnSchedule schedule ? schedule.getGroupName() : null;
                    String groupName = group == null ? "default" : group;
                    if (scheduleGroups.add(groupName)) {
                        alarm(scope, notify, "Schedules-" + groupName + "-TargetErrors", "AWS/Scheduler",
                                "TargetErrorCount", Map.of("ScheduleGroup", groupName), "Sum", 1, 1);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** The construct that owns an L1 (a ResasFunction, a queue, the cluster), as the alarm names it. */
    private static String partName(IConstruct l1) {
        IConstruct owner = l1.getNode().getScope();
        if (owner != null && ("Resource".equals(l1.getNode().getId()) || "Function".equals(owner.getNode().getId()))) {
            IConstruct above = owner.getNode().getScope();
            if ("Function".equals(owner.getNode().getId()) && above != null && !(above instanceof Stack)) {
                return above.getNode().getId();
            }
            return owner.getNode().getId();
        }
        return l1.getNode().getId();
    }

    private void alarm(Construct scope, SnsAction notify, String name, String namespace, String metric,
            Map<String, String> dims, String statistic, double threshold, int periods) {
        String alarmName = "ResasOps-" + name;
        if (existing.contains(alarmName)) {
            return;
        }
        String unique = names.add(alarmName) ? alarmName : alarmName + "-" + Stack.of(scope).getStackName()
                .replace("ResasOps-", "");
        names.add(unique);
        Alarm alarm = Alarm.Builder.create(scope, unique)
                .alarmName(unique)
                .alarmDescription("RESAS Ops platform: " + namespace + " " + metric + " of " + name)
                .metric(Metric.Builder.create().namespace(namespace).metricName(metric).dimensionsMap(dims)
                        .statistic(statistic).period(Duration.minutes(5)).build())
                .threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(periods)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(notify);
        alarm.addOkAction(notify);
    }

    static List<String> coveredTypes() {
        return List.of("AWS::Lambda::Function", "AWS::StepFunctions::StateMachine", "AWS::ApiGatewayV2::Api",
                "AWS::RDS::DBCluster", "AWS::SQS::Queue", "AWS::Scheduler::Schedule");
    }
}
