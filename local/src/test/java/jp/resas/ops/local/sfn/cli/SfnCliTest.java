package jp.resas.ops.local.sfn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.resas.ops.local.cli.ResasOps;
import jp.resas.ops.sfn.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SfnCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String... args) {
        CommandLine cli = ResasOps.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(SfnCliTest.class.getResource("/sfn/" + name).toURI()).toString();
    }

    @Test
    void run_printsTheSucceededExecution_onOneLine() throws Exception {
        int exit = run("sfn", "run", "--definition", resource("hello.asl.json"), "--input", resource("hello-input.json"));

        assertThat(exit).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"status\":\"SUCCEEDED\",\"output\":{\"greeting\":\"Hello, RESAS\"}}");
    }

    @Test
    void run_ofAFailingExecution_printsErrorAndCause_andExitsZero() throws Exception {
        Path input = Files.writeString(tmp.resolve("in.json"), "{\"name\":null}");
        Path def = Files.writeString(tmp.resolve("bye.json"), "{\"StartAt\":\"F\",\"States\":{\"F\":{\"Type\":\"Fail\","
                + "\"Error\":\"Bye\",\"Cause\":\"because\"}}}");

        int exit = run("sfn", "run", "--definition", def.toString(), "--input", input.toString());

        assertThat(exit).isZero();
        assertThat(Json.parse(out.toString())).isEqualTo(
                Json.parse("{\"status\":\"FAILED\",\"error\":\"Bye\",\"cause\":\"because\"}"));
    }

    @Test
    void run_ofAnInvalidDefinition_exitsNonZero_withTheValidationError() throws Exception {
        Path def = Files.writeString(tmp.resolve("bad.json"), "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Pass\"}}}");

        int exit = run("sfn", "run", "--definition", def.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("Invalid definition").contains("State 'A': exactly one of 'Next'");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void run_withRealTime_andAZeroWait_succeeds() throws Exception {
        Path def = Files.writeString(tmp.resolve("nap.json"), "{\"StartAt\":\"W\",\"States\":{\"W\":{\"Type\":"
                + "\"Wait\",\"Seconds\":0,\"End\":true}}}");

        int exit = run("sfn", "run", "--definition", def.toString(), "--real-time", "--name", "nap-1");

        assertThat(exit).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"status\":\"SUCCEEDED\",\"output\":{}}");
    }

    @Test
    void run_ofAMissingFile_exitsNonZero() {
        int exit = run("sfn", "run", "--definition", tmp.resolve("nope.json").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot read the definition file");
    }

    @Test
    void run_withAMockConfigTestCase_usesItsResponses_byInvocation() throws Exception {
        int exit = run("sfn", "run", "--definition", resource("lambda-task.asl.json"), "--mock-config",
                resource("mock-config.json"), "--test-case", "FailsThenSucceeds");

        assertThat(exit).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"status\":\"SUCCEEDED\",\"output\":{\"rows\":42}}");
    }

    @Test
    void run_withAMockThatAlwaysThrows_reportsTheMockedError() throws Exception {
        run("sfn", "run", "--definition", resource("lambda-task.asl.json"), "--mock-config",
                resource("mock-config.json"), "--test-case", "AlwaysFails");

        assertThat(Json.parse(out.toString())).isEqualTo(Json.parse(
                "{\"status\":\"FAILED\",\"error\":\"CollectError\",\"cause\":\"e-Stat answered 500\"}"));
    }

    @Test
    void run_withAnUnknownTestCase_exitsNonZero_namingIt() throws Exception {
        int exit = run("sfn", "run", "--definition", resource("lambda-task.asl.json"), "--mock-config",
                resource("mock-config.json"), "--test-case", "Nope");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("no test case 'Nope' for 'lambda-task'");
    }

    /** Two state machines in one config, neither named like the definition file. */
    private Path twoMachineMocks() throws Exception {
        return Files.writeString(tmp.resolve("mocks.json"), """
                {"StateMachines": {
                   "Daily": {"TestCases": {"Happy": {"Collect": "Rows"}}},
                   "Weekly": {"TestCases": {"Happy": {"Collect": "Broken"}}}},
                 "MockedResponses": {
                   "Rows": {"0": {"Return": {"rows": 7}}},
                   "Broken": {"0-1": {"Throw": {"Error": "CollectError", "Cause": "weekly broke"}}}}}""");
    }

    @Test
    void run_withStateMachine_usesThatMachinesTestCase_andNamesTheExecutionsMachine() throws Exception {
        Path mocks = twoMachineMocks();

        int exit = run("sfn", "run", "--definition", resource("lambda-task.asl.json"), "--mock-config",
                mocks.toString(), "--state-machine", "Weekly", "--test-case", "Happy");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(Json.parse(out.toString())).isEqualTo(Json.parse(
                "{\"status\":\"FAILED\",\"error\":\"CollectError\",\"cause\":\"weekly broke\"}"));
    }

    @Test
    void run_withoutStateMachine_andNoMachineNamedLikeTheFile_refusesToGuess_namingTheChoices() throws Exception {
        int exit = run("sfn", "run", "--definition", resource("lambda-task.asl.json"), "--mock-config",
                twoMachineMocks().toString(), "--test-case", "Happy");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("mocks.json").contains("'lambda-task'").contains("[Daily, Weekly]");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void run_withoutStateMachine_usesTheConfigsOnlyMachine_whateverItsName() throws Exception {
        Path mocks = Files.writeString(tmp.resolve("one.json"), """
                {"StateMachines": {"Nightly": {"TestCases": {"Happy": {"Collect": "Rows"}}}},
                 "MockedResponses": {"Rows": {"0": {"Return": {"rows": 3}}}}}""");

        int exit = run("sfn", "run", "--definition", resource("lambda-task.asl.json"), "--mock-config",
                mocks.toString(), "--test-case", "Happy");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"status\":\"SUCCEEDED\",\"output\":{\"rows\":3}}");
    }

    @Test
    void run_withAnUnknownStateMachine_exitsNonZero_namingTheKnownOnes() throws Exception {
        int exit = run("sfn", "run", "--definition", resource("lambda-task.asl.json"), "--mock-config",
                twoMachineMocks().toString(), "--state-machine", "Monthly", "--test-case", "Happy");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("no state machine 'Monthly'").contains("[Daily, Weekly]");
    }

    @Test
    void runHelp_listsStateMachine() {
        int exit = run("sfn", "run", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("--state-machine=NAME").contains("definition file's base name");
    }

    @Test
    void list_showsTheCdkStateMachines_andTheirHandlers() throws Exception {
        int exit = run("sfn", "list", "--cdk-out", resource("cdk-fixture"));

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("ResasOps-Greeting\tResasOps-Pipeline/PipelineStateMachine9B8C7D6E")
                .contains("lambda resas-ops-shout -> jp.resas.ops.local.sfn.testutils.UpperCaseStreamHandler");
    }

    @Test
    void start_runsACdkStateMachine_withItsHandlersInProcess() throws Exception {
        Path input = Files.writeString(tmp.resolve("person.json"), "{\"name\":\"Shimane\",\"age\":1}");
        Path store = Files.createDirectories(tmp.resolve("s3"));

        int exit = run("sfn", "start", "ResasOps-Greeting", "--cdk-out", resource("cdk-fixture"), "--input",
                input.toString(), "--store", store.toString());

        assertThat(exit).isZero();
        assertThat(Json.parse(out.toString()).get("output")).isEqualTo(Json.parse(
                "{\"GREETING\":{\"MESSAGE\":\"HELLO, SHIMANE\",\"FUNCTION\":\"GREETFUNCTIONA1B2C3D4\"}}"));
        assertThat(store.resolve("resas-ops-raw/greetings/latest.json")).exists();
    }

    @Test
    void start_ofAnUnknownMachine_exitsNonZero() throws Exception {
        int exit = run("sfn", "start", "Nope", "--cdk-out", resource("cdk-fixture"));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("No state machine named 'Nope'");
    }

    @Test
    void bench_printsEachWorkload_withItsPairsRatiosAndTheLoad() {
        int exit = run("sfn", "bench", "--iterations", "200", "--items", "50", "--warmup", "2", "--rounds", "3");

        assertThat(exit).as(err.toString()).isZero();
        String number = "[0-9][0-9,]*\\.[0-9]+";
        assertThat(out.toString().strip().split("\\R")).satisfiesExactly(
                line -> assertThat(line).matches("Pass/Choice loop +runner +" + number + " transitions/s +baseline +"
                        + number + " transitions/s +cost ratio runner/baseline min " + number + " median " + number
                        + " \\(3 pairs after 2 warm-ups\\) \\| load -?" + number + " \\(\\d+ cores\\)"),
                line -> assertThat(line).matches("50-item inline Map +runner +" + number + " ms +baseline +" + number
                        + " ms +cost ratio runner/baseline min " + number + " median " + number
                        + " \\(3 pairs after 2 warm-ups\\) \\| load -?" + number + " \\(\\d+ cores\\)"));
        double min = Double.parseDouble(out.toString().replaceAll("(?s).*?min ([0-9.]+) median.*", "$1"));
        double median = Double.parseDouble(out.toString().replaceAll("(?s).*?median ([0-9.]+) .*", "$1"));
        assertThat(min).isPositive().isLessThanOrEqualTo(median);
    }

    @Test
    void bench_refusesNoRounds() {
        int exit = run("sfn", "bench", "--rounds", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--rounds");
    }
}
