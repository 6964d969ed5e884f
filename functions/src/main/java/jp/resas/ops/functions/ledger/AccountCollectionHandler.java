package jp.resas.ops.functions.ledger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import jp.resas.ops.common.Actor;
import jp.resas.ops.functions.platform.HandlerMetrics;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.ledger.account.infrastructure.AccountReviewService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code account-collection}: reads the accounts of IAM (RESAS Ops' and each monitored account's) and the
 * Cognito user pools into the account ledger the review rounds take. A system that could not be read is
 * named in {@code missing} and changes nothing (the run is PARTIAL); none at all fails the invocation. Each run
 * is recorded in {@code collector_run}, so repeated failures escalate as the collectors' do.
 */
public final class AccountCollectionHandler implements RequestHandler<Map<String, Object>, AccountReviewService.Collected> {

    private static final Logger LOG = LoggerFactory.getLogger(AccountCollectionHandler.class);

    private final AccountReviewService accounts;
    private final HandlerMetrics metrics;

    public AccountCollectionHandler() {
        this(LambdaPlatform.start());
    }

    public AccountCollectionHandler(ApplicationContext context) {
        this(context.getBean(AccountReviewService.class), HandlerMetrics.of(context));
    }

    AccountCollectionHandler(AccountReviewService accounts, HandlerMetrics metrics) {
        this.accounts = accounts;
        this.metrics = metrics;
    }

    @Override
    public AccountReviewService.Collected handleRequest(Map<String, Object> event, Context context) {
        AccountReviewService.Collected collected = accounts.collectScheduled(Actor.system("account-collection")).collected();
        metrics.publish(Map.of("AccountsCollected", collected.accounts().values().stream().mapToInt(Integer::intValue).sum(),
                "CollectorItemsMissing", collected.missing().size()));
        LOG.info("accounts collected: {} gone {} missing {}", collected.accounts(), collected.gone(), collected.missing());
        return collected;
    }
}
