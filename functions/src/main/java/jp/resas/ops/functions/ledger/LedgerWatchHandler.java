package jp.resas.ops.functions.ledger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.ledger.asset.RaisedAlert;
import jp.resas.ops.ledger.asset.infrastructure.ExpiryWatchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ledger-watch}: once a day, the expiry watch of the asset ledger. The event carries nothing we
 * need; the answer lists the tickets and incidents this run raised (none when run again the same day).
 */
public final class LedgerWatchHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerWatchHandler.class);

    private final ExpiryWatchService watch;

    public LedgerWatchHandler() {
        this(LambdaPlatform.start());
    }

    public LedgerWatchHandler(ApplicationContext context) {
        this(context.getBean(ExpiryWatchService.class));
    }

    LedgerWatchHandler(ExpiryWatchService watch) {
        this.watch = watch;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        List<RaisedAlert> raised = watch.run();
        LOG.info("ledger watch raised {} alerts", raised.size());
        return Map.of("raised", raised);
    }
}
