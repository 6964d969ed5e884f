package jp.resas.ops.infra;

import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;

class ResasOpsAppTest {

    @Test
    void app_wiresOneStackPerConcern() {
        ResasOpsApp.Stacks stacks = stacks();

        assertThat(List.of(stacks.network(), stacks.data(), stacks.api(), stacks.monitoring()))
                .extracting(Stack::getStackName)
                .containsExactly("ResasOps-Network", "ResasOps-Data", "ResasOps-Api", "ResasOps-Monitoring");
    }

    @Test
    void environment_withoutCliVariables_isTokyoWithNoAccount() {
        Environment environment = ResasOpsApp.environment(Map.of());

        assertThat(environment.getRegion()).isEqualTo("ap-northeast-1");
        assertThat(environment.getAccount()).isNull();
    }

    @Test
    void environment_followsTheAccountAndRegionTheCliResolved() {
        Environment environment = ResasOpsApp.environment(
                Map.of("CDK_DEFAULT_ACCOUNT", "123456789012", "CDK_DEFAULT_REGION", "ap-northeast-3"));

        assertThat(environment.getRegion()).isEqualTo("ap-northeast-3");
        assertThat(environment.getAccount()).isEqualTo("123456789012");
    }
}
