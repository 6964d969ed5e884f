package jp.resas.ops.infra.notification;

import java.util.Objects;
import java.util.Optional;
import jp.resas.ops.infra.data.DatabaseAccess;
import jp.resas.ops.infra.lambda.FunctionsJar;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.s3.IBucket;

/**
 * @param stack             the stack's own properties (environment, description)
 * @param vpc               from the network stack; the functions run in its private subnets
 * @param database          from the data stack; both functions read and write records
 * @param functions         the handler jar
 * @param reportStore       where generated reports are kept (the API stack's object bucket, which the API
 *                          reads them back from)
 * @param linkBase          the base of the links in notifications (the HTTP API's URL)
 * @param email             an address to subscribe to the notification topic ({@code -c resas:notifyEmail=…})
 * @param chatWebhookSecret the Secrets Manager secret holding the chat webhook's URL
 *                          ({@code -c resas:chatWebhookSecretName=…}), when chat is wanted
 */
public record NotificationsStackProps(StackProps stack, IVpc vpc, DatabaseAccess database, FunctionsJar functions,
        IBucket reportStore, String linkBase, Optional<String> email, Optional<String> chatWebhookSecret) {

    public NotificationsStackProps {
        Objects.requireNonNull(stack, "stack props are required");
        Objects.requireNonNull(vpc, "vpc is required (NetworkStack.vpc())");
        Objects.requireNonNull(database, "database is required (DataStack.databaseAccess())");
        Objects.requireNonNull(functions, "functions jar is required (FunctionsJar.locate())");
        Objects.requireNonNull(reportStore, "reportStore is required (ApiStack.attachmentBucket())");
        Objects.requireNonNull(linkBase, "linkBase is required (ApiStack.httpApi().getApiEndpoint())");
        Objects.requireNonNull(email, "email: Optional.empty() when none");
        Objects.requireNonNull(chatWebhookSecret, "chatWebhookSecret: Optional.empty() when none");
    }
}
