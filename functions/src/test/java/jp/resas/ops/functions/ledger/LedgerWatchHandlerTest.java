package jp.resas.ops.functions.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import jp.resas.ops.functions.platform.InProcessContext;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The handler on the platform's context and a real database: a contract ending in 5 days, watched twice. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerWatchHandlerTest {

    private ApplicationContext context;

    @BeforeAll
    void start() {
        context = ApplicationContext.run(Map.copyOf(TestPlatform.properties()));
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void scheduledEvent_raisesTheTicketOnce() {
        LocalDate inFiveDays = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(5);
        context.getBean(Sql.class).update("INSERT INTO asset (kind, asset_key, name, origin, provider, ends_on, "
                + "created_at, updated_at) VALUES ('CONTRACT', 'C-1', '保守契約', 'MANUAL', '提供元', ?, now(), now())",
                inFiveDays);
        LedgerWatchHandler handler = new LedgerWatchHandler(context);

        Map<String, Object> first = handler.handleRequest(Map.of(), new InProcessContext("ledger-watch"));
        Map<String, Object> second = handler.handleRequest(Map.of(), new InProcessContext("ledger-watch"));

        assertThat((List<?>) first.get("raised")).hasSize(1);
        assertThat((List<?>) second.get("raised")).isEmpty();
    }
}
