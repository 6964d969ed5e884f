package jp.resas.ops.ledger.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigurationDiffTest {

    private static ConfiguredResource resource(String logicalId, Map<String, String> properties, Map<String, String> tags) {
        return new ConfiguredResource("cdk-out", "ResasOps-Api", logicalId, null, "AWS::Lambda::Function", properties, tags);
    }

    @Test
    void addedRemovedAndEachChangedPropertyAndTag_inKeyOrder() {
        List<ConfiguredResource> before = List.of(
                resource("Api", Map.of("MemorySize", "512", "Runtime", "java17"), Map.of("Owner", "ops")),
                resource("Old", Map.of(), Map.of()));
        List<ConfiguredResource> after = List.of(
                resource("New", Map.of(), Map.of()),
                resource("Api", Map.of("MemorySize", "1024", "Timeout", "30"), Map.of("Owner", "data")));

        ConfigurationDiff diff = ConfigurationDiff.between(before, after);

        assertThat(diff.added()).extracting(ConfigurationDiff.Entry::key).containsExactly("cdk-out ResasOps-Api/New");
        assertThat(diff.removed()).extracting(ConfigurationDiff.Entry::key).containsExactly("cdk-out ResasOps-Api/Old");
        assertThat(diff.changed()).containsExactly(
                new ConfigurationDiff.Change("cdk-out ResasOps-Api/Api", "AWS::Lambda::Function", "MemorySize", "512", "1024"),
                new ConfigurationDiff.Change("cdk-out ResasOps-Api/Api", "AWS::Lambda::Function", "Runtime", "java17", null),
                new ConfigurationDiff.Change("cdk-out ResasOps-Api/Api", "AWS::Lambda::Function", "Timeout", null, "30"),
                new ConfigurationDiff.Change("cdk-out ResasOps-Api/Api", "AWS::Lambda::Function", "tag:Owner", "ops", "data"));
    }

    @Test
    void theSameConfiguration_hasAnEmptyDiff_andTheSameDigestWhateverItsOrder() {
        ConfiguredResource a = resource("A", Map.of("x", "1", "y", "2"), Map.of());
        ConfiguredResource b = resource("B", Map.of(), Map.of("t", "v"));

        assertThat(ConfigurationDiff.between(List.of(a, b), List.of(b, a)).isEmpty()).isTrue();
        List<ConfiguredResource> sorted = List.of(a, b);
        assertThat(SnapshottingConfiguration.digest(sorted, java.util.Set.of()))
                .isEqualTo(SnapshottingConfiguration.digest(List.of(a, resource("B", Map.of(), Map.of("t", "v"))),
                        java.util.Set.of()))
                .isNotEqualTo(SnapshottingConfiguration.digest(sorted, java.util.Set.of("cloudformation:us-east-1")))
                .isNotEqualTo(SnapshottingConfiguration.digest(List.of(a, resource("B", Map.of(), Map.of("t", "w"))),
                        java.util.Set.of()));
    }

    @Test
    void twoResourcesWithOneKey_areRefused() {
        ConfiguredResource a = resource("A", Map.of(), Map.of());
        assertThatThrownBy(() -> ConfigurationDiff.between(List.of(), List.of(a, a)))
                .hasMessageContaining("cdk-out ResasOps-Api/A");
    }
}
