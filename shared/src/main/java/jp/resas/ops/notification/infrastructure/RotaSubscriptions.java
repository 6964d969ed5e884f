package jp.resas.ops.notification.infrastructure;

import jakarta.inject.Singleton;
import java.time.Clock;
import jp.resas.ops.notification.OnCallWeek;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * The SNS subscriptions an administrator creates for the rota: one per contact on the rota from this week on,
 * filtered on the {@code contact} attribute every page and escalation carries. CDK cannot create them: the
 * rota is data in PostgreSQL, edited through {@code PUT /oncall/rota/{week}} at any time, and CloudFormation
 * only knows what is in the template at deploy time (a subscription made from it would lag every rota
 * change until the next deploy, and each new address would need its confirmation e-mail answered anyway).
 */
@Singleton
public class RotaSubscriptions {

    private static final Keyset BY_EMAIL = Keyset.ascending(Keyset.text("email"));

    private final Sql sql;
    private final Clock clock;
    private final String topicArn;

    RotaSubscriptions(Sql sql, Clock clock, NotificationSettings settings) {
        this.sql = sql;
        this.clock = clock;
        this.topicArn = settings.sns().topic().orElse("<resas-ops-notifications topic ARN>");
    }

    /** One subscription to create: who, the filter policy, and the AWS CLI command that creates it. */
    public record Subscription(String email, String name, String protocol, String filterPolicy, String command) {
    }

    /** Contacts of this week's and later weeks' rota, by e-mail, each once (with the name of its latest week). */
    public Keyset.Page<Subscription> list(Keyset.Request request) {
        return BY_EMAIL.page(sql, """
                SELECT DISTINCT ON (email) email, name FROM oncall_rota WHERE week_start >= ?
                ORDER BY email, week_start DESC
                """, row -> subscription(row.getString("email"), row.getString("name")), request,
                OnCallWeek.at(clock.instant(), true).weekStart());
    }

    private Subscription subscription(String email, String name) {
        String policy = "{\"contact\":[\"" + email + "\"]}";
        String attributes = "{\"FilterPolicy\":\"" + policy.replace("\"", "\\\"") + "\"}";
        return new Subscription(email, name, "email", policy, "aws sns subscribe --topic-arn " + topicArn
                + " --protocol email --notification-endpoint " + email + " --attributes '" + attributes + "'");
    }
}
