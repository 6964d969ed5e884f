package jp.resas.ops.local.pipeline;

import static jp.resas.ops.sfn.testing.SfnTestKit.statesEntered;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.sfn.CdkStateMachine;
import jp.resas.ops.sfn.CdkTemplates;
import jp.resas.ops.sfn.Execution;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.RunnerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every schedule that starts a state machine, with the {@code Input} exactly as synthesised into the
 * template (infra's cdk-out artifact, unpacked into local/target/cdk.out; {@code SynthesizedApp}), runs through that state machine
 * on the local runner with the real handlers: the run starts and is collected, and the execution never
 * ends in {@code States.Runtime} (an input missing a field the definition reads; no catch catches it).
 */
class ScheduledInputsTest {

    private static final Path CDK_OUT = jp.resas.ops.local.testing.SynthesizedApp.directory();
    private static final String PLANNED = "2027-01-04T00:00:00Z";

    @TempDir
    Path dataDir;

    /** A schedule's target: the state machine it starts and the input it gives. */
    private record ScheduledStart(String schedule, String stateMachine, String input) {
    }

    private static List<ScheduledStart> scheduledStarts() throws IOException {
        List<ScheduledStart> starts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (var files = java.nio.file.Files.list(CDK_OUT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".template.json")).toList()) {
                JsonNode resources = json.readTree(file.toFile()).path("Resources");
                resources.fields().forEachRemaining(entry -> {
                    JsonNode properties = entry.getValue().path("Properties");
                    if (!"AWS::Scheduler::Schedule".equals(entry.getValue().path("Type").asText())) {
                        return;
                    }
                    String target = properties.at("/Target/Arn/Ref").asText();
                    JsonNode machine = resources.path(target);
                    if ("AWS::StepFunctions::StateMachine".equals(machine.path("Type").asText())) {
                        starts.add(new ScheduledStart(entry.getKey(), machine.at("/Properties/StateMachineName").asText(),
                                properties.at("/Target/Input").asText()));
                    }
                });
            }
        }
        return starts;
    }

    @Test
    void everyScheduledInput_asSynthesised_startsAndCollectsARun_withoutStatesRuntime() throws IOException {
        List<ScheduledStart> starts = scheduledStarts();
        assertThat(starts).as("schedules that start a state machine").isNotEmpty();
        Map<String, CdkStateMachine> deployed = new java.util.HashMap<>();
        CdkTemplates.read(CDK_OUT, RunnerConfig.DEFAULT_REGION, RunnerConfig.DEFAULT_ACCOUNT)
                .forEach(machine -> deployed.put(machine.name(), machine));

        try (LocalPlatform platform = LocalPlatform.start(dataDir, LocalDatabase.open(dataDir));
             LocalPipeline pipeline = new LocalPipeline(platform, dataDir)) {
            CatalogSeed.ensure(platform.context().getBean(CatalogService.class), "seed");
            for (ScheduledStart start : starts) {
                // The pipeline runs the definition it ships to AWS: same states, same start.
                assertThat(start.stateMachine()).isEqualTo("ResasOps-DataUpdate");
                JsonNode synthesised = deployed.get(start.stateMachine()).machine().json();
                JsonNode local = Json.parse(LocalPipeline.definition());
                assertThat(synthesised.path("StartAt")).isEqualTo(local.path("StartAt"));
                assertThat(fieldNames(synthesised.path("States"))).isEqualTo(fieldNames(local.path("States")));

                JsonNode input = Json.parse(start.input().replace("<aws.scheduler.scheduled-time>", PLANNED));
                Execution execution = pipeline.start("scheduled-" + start.schedule(), input).await();

                assertThat(execution.error()).as(start.schedule() + ": " + execution.cause()).isNotEqualTo("States.Runtime");
                assertThat(statesEntered(execution)).as(start.schedule()).contains("StartRun", "Collect");
            }
            assertThat(platform.context().getBean(Sql.class).queryOne("SELECT count(*) FROM pipeline_run WHERE "
                    + "execution_name = 'scheduled-census-population-20270104T000000Z'", row -> row.getInt(1)))
                    .contains(1);
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
