package jp.resas.ops.functions.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * The log line contract (issue 18): each expected line below is what log4j-core 2.25.2 with Powertools 2.9.0's
 * {@code LambdaJsonLayout} (the functions' logging until this change) wrote for the same event, captured on
 * 2026-11-29 from the shaded functions jar of main 60a8f41 (its timestamp set to the one given here; a stack trace
 * replaced by the one this test makes). CloudWatch Logs Insights queries and the Lambda console read these keys.
 */
class JsonLogLineTest {

    private static final Instant AT = Instant.parse("2026-11-29T07:24:44.883Z");

    /** What {@code PowertoolsLogging.withLogging} puts in the MDC for an invocation (no trace, no sampling). */
    private static Map<String, String> invocation() {
        Map<String, String> mdc = new LinkedHashMap<>();
        mdc.put("function_name", "resas-ops-alarm-intake");
        mdc.put("function_version", "$LATEST");
        mdc.put("function_arn", "arn:aws:lambda:ap-northeast-1:123456789012:function:resas-ops-alarm-intake");
        mdc.put("function_memory_size", "512");
        mdc.put("function_request_id", "req-123");
        mdc.put("cold_start", "false");
        mdc.put("service", "alarm-intake");
        return mdc;
    }

    private static final String CONTEXT = "\"cold_start\":false,"
            + "\"function_arn\":\"arn:aws:lambda:ap-northeast-1:123456789012:function:resas-ops-alarm-intake\","
            + "\"function_memory_size\":512,\"function_name\":\"resas-ops-alarm-intake\",\"function_request_id\":"
            + "\"req-123\",\"function_version\":\"$LATEST\",\"service\":\"alarm-intake\","
            + "\"timestamp\":\"2026-11-29T07:24:44.883Z\"";

    @Test
    void outsideAnInvocation_theFunctionFieldsAreNull_andColdStartAndMemoryLeftOut() {
        assertThat(JsonLogLine.of(Level.INFO, "before any invocation: 1 and two", null, Map.of(), AT)).isEqualTo(
                "{\"level\":\"INFO\",\"message\":\"before any invocation: 1 and two\",\"function_arn\":null,"
                        + "\"function_name\":null,\"function_request_id\":null,\"function_version\":null,"
                        + "\"service\":null,\"timestamp\":\"2026-11-29T07:24:44.883Z\"}\n");
    }

    @Test
    void insideAnInvocation_theLambdaFieldsTyped_andOtherMdcKeysLast_escaped() {
        Map<String, String> mdc = invocation();
        mdc.put("extra_key", "extra \"value\"\n");
        assertThat(JsonLogLine.of(Level.INFO, "inside: quote\" back\\ tab\t ctrl\u0001 3", null, mdc, AT)).isEqualTo(
                "{\"level\":\"INFO\",\"message\":\"inside: quote\\\" back\\\\ tab\\t ctrl\\u0001 3\"," + CONTEXT
                        + ",\"extra_key\":\"extra \\\"value\\\"\\n\"}\n");
    }

    @Test
    void anException_isTheErrorObject_withItsMessageClassAndStack() {
        IllegalStateException error = new IllegalStateException("boom", new RuntimeException("cause"));
        String line = JsonLogLine.of(Level.ERROR, "failed: why", error, invocation(), AT);
        java.io.StringWriter stack = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(stack));
        StringBuilder escaped = new StringBuilder();
        JsonLogLine.string(escaped, stack.toString());
        assertThat(line).isEqualTo("{\"level\":\"ERROR\",\"message\":\"failed: why\",\"error\":{\"message\":\"boom\","
                + "\"name\":\"java.lang.IllegalStateException\",\"stack\":" + escaped + "}," + CONTEXT + "}\n");
        assertThat(escaped.toString()).contains("Caused by: java.lang.RuntimeException: cause\\n");
    }

    @Test
    void anExceptionWithoutMessage_hasANullMessage() {
        String line = JsonLogLine.of(Level.ERROR, "no message exception", new IllegalArgumentException(), Map.of(), AT);
        assertThat(line).startsWith("{\"level\":\"ERROR\",\"message\":\"no message exception\",\"error\":{\"message\":null,"
                + "\"name\":\"java.lang.IllegalArgumentException\",\"stack\":\"java.lang.IllegalArgumentException\\n\\tat ");
    }

    @Test
    void aTraceAndACorrelationId_followTheTimestamp_aSamplingRateOnlyWhenPositive() {
        Map<String, String> mdc = invocation();
        mdc.put("xray_trace_id", "1-5759e988-bd862e3fe1be46a994272793");
        mdc.put("correlation_id", "corr-1");
        mdc.put("sampling_rate", "0.5");
        assertThat(JsonLogLine.of(Level.WARN, "a warning", null, mdc, AT)).isEqualTo(
                "{\"level\":\"WARN\",\"message\":\"a warning\"," + CONTEXT.replace("\"service\"",
                        "\"sampling_rate\":0.5,\"service\"") + ",\"xray_trace_id\":\"1-5759e988-bd862e3fe1be46a994272793\","
                        + "\"correlation_id\":\"corr-1\"}\n");
        mdc.put("sampling_rate", "0.0");
        assertThat(JsonLogLine.of(Level.WARN, "a warning", null, mdc, AT)).doesNotContain("sampling_rate");
    }

    @Test
    void japaneseText_isWrittenAsItIs() {
        assertThat(JsonLogLine.of(Level.INFO, "障害を起票しました", null, Map.of(), AT))
                .contains("\"message\":\"障害を起票しました\"");
    }

    @Test
    void levels_asTheLog4jConfigurationHadThem_untilPowertoolsSetsOneForAll() {
        LogLevels levels = LogLevels.fromVariable("debug");
        assertThat(levels.enabled("jp.resas.ops.alarm.AlarmIntake", Level.DEBUG)).isTrue();
        assertThat(levels.enabled("com.zaxxer.hikari.HikariPool", Level.INFO)).isFalse();
        assertThat(levels.enabled("com.zaxxer.hikari.HikariPool", Level.WARN)).isTrue();
        assertThat(LogLevels.fromVariable(null).enabled("jp.resas.ops.x", Level.DEBUG)).isFalse();
        assertThat(LogLevels.parse("fatal")).isEqualTo(Level.ERROR);
        assertThat(LogLevels.parse("loud")).isEqualTo(Level.INFO);

        levels.setAll(Level.INFO);

        assertThat(levels.enabled("com.zaxxer.hikari.HikariPool", Level.INFO)).isTrue();
        assertThat(levels.enabled("jp.resas.ops.alarm.AlarmIntake", Level.DEBUG)).isFalse();
    }
}
