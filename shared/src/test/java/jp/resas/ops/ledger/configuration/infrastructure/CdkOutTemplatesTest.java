package jp.resas.ops.ledger.configuration.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.ledger.configuration.ConfigurationReading;
import jp.resas.ops.ledger.configuration.ConfiguredResource;
import jp.resas.ops.testutils.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cloud assembly as {@code cdk synth} writes it: manifest.json naming the stacks' templates, stages nested. */
class CdkOutTemplatesTest {

    @TempDir
    Path dir;

    private final CdkOutTemplates templates = new CdkOutTemplates(new ObjectMapper());

    @Test
    void everyStackOfTheManifest_nestedAssembliesIncluded_withoutCdkMetadata() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), """
                {"version":"41.0.0","artifacts":{
                  "ResasOps-Api.assets":{"type":"cdk:asset-manifest","properties":{"file":"ResasOps-Api.assets.json"}},
                  "ResasOps-Api":{"type":"aws:cloudformation:stack","environment":"aws://unknown-account/ap-northeast-1",
                    "properties":{"templateFile":"ResasOps-Api.template.json"}},
                  "assembly-Prod":{"type":"cdk:cloud-assembly","properties":{"directoryName":"assembly-Prod"}}}}
                """);
        Files.writeString(dir.resolve("ResasOps-Api.template.json"), Resources.text("aws/ledger/template_api.json"));
        Files.createDirectories(dir.resolve("assembly-Prod"));
        Files.writeString(dir.resolve("assembly-Prod/manifest.json"), """
                {"version":"41.0.0","artifacts":{"ProdLedgers":{"type":"aws:cloudformation:stack",
                  "properties":{"templateFile":"ProdLedgers.template.json","stackName":"Prod-ResasOps-Ledgers"}}}}
                """);
        Files.writeString(dir.resolve("assembly-Prod/ProdLedgers.template.json"), Resources.text("aws/ledger/template_ledgers.json"));

        ConfigurationReading reading = templates.read(dir);

        assertThat(reading.resources()).extracting(ConfiguredResource::key).containsExactly(
                "cdk-out ResasOps-Api/ApiFunction1A2B3C4D", "cdk-out ResasOps-Api/AccessLogs5D3E1F2A",
                "cdk-out Prod-ResasOps-Ledgers/LedgerWatchSchedule0A1B2C3D");
        assertThat(reading.resources().get(0).properties()).containsEntry("MemorySize", "512");
        assertThat(reading.resources().get(0).tags()).containsEntry("Name", "ops API");
        assertThat(reading.missing()).isEmpty();
    }

    @Test
    void aDirectoryWithoutManifest_isRefusedByName() {
        assertThatThrownBy(() -> templates.read(dir.resolve("nowhere"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nowhere").hasMessageContaining("manifest.json");
    }

    @Test
    void aBrokenTemplate_isRefusedNamingTheFileAndLine() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), """
                {"artifacts":{"S":{"type":"aws:cloudformation:stack","properties":{"templateFile":"S.template.json"}}}}
                """);
        Files.writeString(dir.resolve("S.template.json"), "{\n  \"Resources\": {\n    \"A\": {\"Type\": }\n}");

        assertThatThrownBy(() -> templates.read(dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("S.template.json").hasMessageContaining("line 3");
    }
}
