package jp.resas.ops.sfn.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.resas.ops.sfn.Execution;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.Runner;
import jp.resas.ops.sfn.RunnerConfig;
import jp.resas.ops.sfn.StateMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every recorded AWS Step Functions case (LocalStack's snapshots, see MANIFEST.md) and
 * compares status, output, error and cause with what AWS returned.
 */
class AslConformanceTest {

    /** Tokens the upstream snapshot tool wrote in place of volatile values, beyond each case's own list. */
    private static final Set<String> MASKED_VALUES = Set.of("date", "start-time", "entered-time", "RequestId",
            "x-amzn-RequestId", "X-Amzn-Trace-Id", "snf_role_arn", "<uuid:1>", "<uuid:2>", "<uuid:3>", "<uuid:4>",
            "<request_id>");

    static Stream<Arguments> cases() {
        return ConformanceCase.all().stream()
                .filter(c -> !ConformanceExclusions.EXCLUDED.containsKey(c.name()))
                .map(c -> Arguments.of(c.category(), c));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("cases")
    void matchesTheAwsRecording(String category, ConformanceCase c) {
        Runner runner = new Runner(RunnerConfig.builder().account("111111111111")
                .lambdas(MockLambdas.from(c.mocks())).build());
        Execution execution = runner.run(StateMachine.parse("ConformanceMachine", c.definition()),
                "conformance-execution", input(c));

        List<String> tokens = new ArrayList<>(c.placeholders());
        if (c.hasPlaceholders()) {
            tokens.addAll(MASKED_VALUES);
        }
        StructuralMatch match = new StructuralMatch(tokens);
        JsonNode expected = c.expected();
        assertThat(execution.status().name()).as("status; actual " + execution.toJson())
                .isEqualTo(expected.get("status").asText());
        if (expected.has("output")) {
            assertThat(match.difference(expected.get("output"), execution.output(), "$")).as("output").isNull();
        }
        if (expected.get("status").asText().equals("FAILED")) {
            assertThat(match.difference(expected.get("error"), text(execution.error()), "error")).isNull();
            JsonNode cause = expected.has("cause_json") ? Json.text(Json.write(expected.get("cause_json")))
                    : expected.get("cause");
            assertThat(match.difference(cause, text(execution.cause()), "cause")).isNull();
        }
    }

    /**
     * The recorded event types, in order. Upstream rewrote Parallel histories (branch events sorted,
     * nested Parallel events merged, ParallelStateSucceeded dropped), so for those only the kinds of
     * events are compared, leaving out ParallelStateSucceeded, which the service does record.
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("cases")
    void recordsTheSameHistoryEvents(String category, ConformanceCase c) {
        if (c.historyTypes() == null) {
            return;
        }
        Runner runner = new Runner(RunnerConfig.builder().account("111111111111")
                .lambdas(MockLambdas.from(c.mocks())).build());
        Execution execution = runner.run(StateMachine.parse("ConformanceMachine", c.definition()),
                "conformance-execution", input(c));
        List<String> expected = new ArrayList<>();
        c.historyTypes().forEach(t -> expected.add(t.asText()));
        List<String> actual = execution.history().stream().map(e -> e.type()).toList();
        if (expected.stream().anyMatch(t -> t.startsWith("Parallel"))) {
            java.util.Set<String> kinds = new java.util.TreeSet<>(actual);
            kinds.remove("ParallelStateSucceeded");
            assertThat(kinds).isEqualTo(new java.util.TreeSet<>(expected));
        } else {
            assertThat(actual).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void exclusions_nameRecordedCases() {
        Set<String> names = new java.util.HashSet<>();
        ConformanceCase.all().forEach(c -> names.add(c.name()));
        assertThat(names).containsAll(ConformanceExclusions.EXCLUDED.keySet());
    }

    private static JsonNode text(String value) {
        return value == null ? null : Json.text(value);
    }

    /** Restores the timestamps upstream generated at run time (see the cases' notes). */
    private static JsonNode input(ConformanceCase c) {
        String text = Json.write(c.input());
        if (!text.contains("<timestamp>")) {
            return c.input();
        }
        String suffix = c.name().substring(c.name().indexOf('(') + 1, c.name().lastIndexOf(')'));
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
                .format(Instant.now().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        return Json.parse(text.replace("<timestamp>", now + suffix));
    }

    static Map<String, String> exclusions() {
        return ConformanceExclusions.EXCLUDED;
    }
}
