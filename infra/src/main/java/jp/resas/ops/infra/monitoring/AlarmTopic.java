package jp.resas.ops.infra.monitoring;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.Effect;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.kms.Key;
import software.amazon.awscdk.services.sns.Topic;
import software.constructs.Construct;

/**
 * The SNS topic CloudWatch alarms notify (RESAS's own and the platform's), encrypted with a
 * customer-managed key: the AWS-managed SNS key cannot grant CloudWatch the use it needs.
 */
final class AlarmTopic extends Construct {

    private static final ServicePrincipal CLOUDWATCH = new ServicePrincipal("cloudwatch.amazonaws.com");

    private final Topic topic;

    AlarmTopic(Construct scope, String id) {
        super(scope, id);
        Key key = Key.Builder.create(this, "Key")
                .description("Encrypts the RESAS Ops alarm notification topic")
                .enableKeyRotation(true)
                .build();
        // CloudWatch of this account only (confused deputy): the key policy carries aws:SourceAccount.
        key.addToResourcePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .principals(List.of(CLOUDWATCH))
                .actions(List.of("kms:Decrypt", "kms:GenerateDataKey*"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Stack.of(this).getAccount())))
                .build());
        this.topic = Topic.Builder.create(this, "Topic")
                .topicName(EveryPartAlarms.TOPIC_NAME)
                .displayName("RESAS Ops alarms")
                .masterKey(key)
                .enforceSsl(true)
                .build();
        // The topic policy replaces SNS's default one, so CloudWatch must be allowed explicitly;
        // the account condition keeps other accounts' alarms from publishing here.
        topic.addToResourcePolicy(PolicyStatement.Builder.create()
                .effect(Effect.ALLOW)
                .principals(List.of(CLOUDWATCH))
                .actions(List.of("sns:Publish"))
                .resources(List.of(topic.getTopicArn()))
                .conditions(Map.of("StringEquals", Map.of("aws:SourceAccount", Stack.of(this).getAccount())))
                .build());
    }

    Topic topic() {
        return topic;
    }
}
