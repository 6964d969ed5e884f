package jp.resas.ops.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.resas.ops.infra.lambda.FunctionsJar;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/**
 * Synthesises the app as {@code cdk synth} does, into {@code infra/target/test-cdk.out}: the templates and
 * cdk-nag's reports land there. (The app local's tests read is synthesised by the package phase into
 * {@code target/cdk.out}, see infra/pom.xml, not by this test.)
 */
class CloudAssemblyTest {

    static final Path OUT = Path.of("target", "test-cdk.out");

    @Test
    void synthesis_writesEveryStackTemplate_andTheNagReports() throws IOException {
        App app = new App(AppProps.builder().outdir(OUT.toString()).build());
        ResasOpsApp.Stacks stacks = ResasOpsApp.wire(app, ResasOpsApp.environment(Map.of()), FunctionsJar.locate());

        app.synth();

        assertThat(OUT.resolve("ResasOps-Monitoring.template.json")).exists();
        assertThat(OUT.resolve("AwsSolutions-ResasOps-Monitoring-NagReport.csv")).exists();
        assertThat(Files.readString(OUT.resolve(stacks.monitoring().getStackName() + ".template.json")))
                .contains("AWS::StepFunctions::StateMachine");
    }
}
