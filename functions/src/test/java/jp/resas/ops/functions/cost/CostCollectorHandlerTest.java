package jp.resas.ops.functions.cost;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.resas.ops.functions.platform.InProcessContext;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.monitoring.runs.MalformedScheduleEventException;
import jp.resas.ops.functions.platform.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CostCollectorHandlerTest {

    private ApplicationContext context;

    @BeforeAll
    void start() {
        context = LambdaPlatform.start(Map.of("RESAS_DB_URL", MigratedDatabase.newDatabase(),
                "RESAS_DB_USER", "postgres", "RESAS_DB_PASSWORD", "postgres"), (arn, host, db) -> {
                    throw new AssertionError("no secret should be read when RESAS_DB_URL is set");
                });
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void malformedMonth_failsTheInvocationNamingTheField_beforeAnyAwsCall() {
        CostCollectorHandler handler = new CostCollectorHandler(context);

        assertThatThrownBy(() -> handler.handleRequest(new ByteArrayInputStream("{\"month\":\"2026-13\"}"
                .getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), new InProcessContext("cost-collector")))
                .isInstanceOf(MalformedScheduleEventException.class).hasMessage("month: expected yyyy-MM, was '2026-13'");
    }
}
