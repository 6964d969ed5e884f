package jp.resas.ops.monitored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import jp.resas.ops.monitored.AvailabilityMeasure.Rule;
import org.junit.jupiter.api.Test;

class MonitoredSystemReaderTest {

    private static final String SAMPLE = sample();

    @Test
    void bundledSample_describesRESAS_andRESASOpsApart() {
        MonitoredSystem system = MonitoredSystemReader.load(Map.of());

        assertThat(system.accounts()).extracting(MonitoredAccount::accountId).containsExactly("210987654321",
                "310987654321");
        assertThat(system.accounts().get(0).readRoleArn()).isEqualTo("arn:aws:iam::210987654321:role/ResasOpsRead");
        assertThat(system.services()).extracting(MonitoredService::id).containsExactly("public-site", "api",
                "data-update");
        assertThat(system.service("public-site").orElseThrow().availability().orElseThrow().rule())
                .isEqualTo(Rule.CLOUDFRONT_5XX_RATE);
        assertThat(system.service("data-update").orElseThrow().availability()).isEmpty();
        assertThat(system.opsPlatform().id()).isEqualTo("resas-ops");
        assertThat(system.opsPlatform().account()).isNull();
    }

    @Test
    void alarmNames_belongToTheServiceWhosePatternMatches() {
        MonitoredSystem system = MonitoredSystemReader.read("sample", SAMPLE);

        assertThat(system.serviceOfAlarm("RESAS-Api-5xx")).map(MonitoredService::id).hasValue("api");
        assertThat(system.serviceOfAlarm("ResasOps-AlarmIntake-Errors")).map(MonitoredService::id).hasValue("resas-ops");
        assertThat(system.serviceOfAlarm("Someone-Else")).isEmpty();
        assertThat(system.serviceOfAlarm("XRESAS-Api-5xx")).isEmpty();
    }

    @Test
    void badValue_namesFileLineAndField() {
        String bad = SAMPLE.replace("\"targetPercent\": 99.5,\n        \"rule\": \"API_5XX_SHARE\"",
                "\"targetPercent\": 150,\n        \"rule\": \"API_5XX_SHARE\"");
        int line = lineOf(bad, "\"targetPercent\": 150");

        assertThatThrownBy(() -> MonitoredSystemReader.read("monitored-system.json", bad))
                .isInstanceOf(InvalidDescriptionException.class)
                .hasMessageContaining("monitored-system.json line " + line
                        + ": services[1].availability.targetPercent: expected a number from 0.0 to 100.0, was 150");
    }

    @Test
    void costExplorerAccount_isAbsentInTheSample_andMustNameAnAccount() {
        assertThat(MonitoredSystemReader.read("sample", SAMPLE).costExplorerAccount()).isEmpty();
        String payer = SAMPLE.replace("\"accounts\": [", "\"costExplorerAccount\": \"resas-prod\",\n  \"accounts\": [");
        assertThat(MonitoredSystemReader.read("sample", payer).costExplorerAccount()).hasValue("resas-prod");

        String bad = SAMPLE.replace("\"accounts\": [", "\"costExplorerAccount\": \"resas-payer\",\n  \"accounts\": [");
        int line = lineOf(bad, "\"costExplorerAccount\"");
        assertThatThrownBy(() -> MonitoredSystemReader.read("m.json", bad))
                .hasMessageContaining("m.json line " + line + ": costExplorerAccount: no account named \"resas-payer\"");
    }

    @Test
    void unknownField_isRefused_notIgnored() {
        String bad = SAMPLE.replace("\"httpApis\": [\"a1b2c3d4e5\"],", "\"httpApi\": [\"a1b2c3d4e5\"],");
        int line = lineOf(bad, "\"httpApi\"");

        assertThatThrownBy(() -> MonitoredSystemReader.read("f.json", bad))
                .hasMessageContaining("f.json line " + line + ": services[1].resources.httpApi: unknown field");
    }

    @Test
    void missingField_isPlacedOnTheObjectThatLacksIt() {
        String bad = SAMPLE.replace("\"accountId\": \"310987654321\",", "");
        int line = lineOf(bad, "\"name\": \"resas-data\"") - 1;

        assertThatThrownBy(() -> MonitoredSystemReader.read("f.json", bad))
                .hasMessageContaining("f.json line " + line + ": accounts[1].accountId: is missing");
    }

    @Test
    void crossChecks_accountRegionAndRuleResource() {
        String bad = SAMPLE.replace("\"account\": \"resas-data\"", "\"account\": \"resas-dev\"")
                .replace("\"resource\": \"a1b2c3d4e5\"", "\"resource\": \"zzz\"");

        InvalidDescriptionException e = (InvalidDescriptionException) org.assertj.core.api.Assertions
                .catchThrowable(() -> MonitoredSystemReader.read("f.json", bad));

        assertThat(e.problems()).anySatisfy(p -> assertThat(p)
                .contains("services[2].account: no account named \"resas-dev\" in accounts[]"));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("line " + lineOf(bad, "\"resource\": \"zzz\"")
                + ": services[1].availability.resource: rule API_5XX_SHARE reads \"zzz\", which is not among the "
                + "service's resources.httpApis [a1b2c3d4e5]"));
    }

    @Test
    void regionOutsideTheAccount_andDuplicateIds_areRefused() {
        String bad = SAMPLE.replace("\"id\": \"data-update\",\n      \"name\": \"RESAS データ更新処理\",\n      "
                + "\"account\": \"resas-data\",\n      \"region\": \"ap-northeast-1\"",
                "\"id\": \"api\",\n      \"name\": \"RESAS データ更新処理\",\n      "
                        + "\"account\": \"resas-data\",\n      \"region\": \"us-east-1\"");

        assertThatThrownBy(() -> MonitoredSystemReader.read("f.json", bad))
                .hasMessageContaining("services[2].region: \"us-east-1\" is not one of account resas-data's regions")
                .hasMessageContaining("services: duplicate service id (opsPlatform included) \"api\"");
    }

    @Test
    void opsPlatform_isRequired_andHasNoAccount() {
        String withAccount = SAMPLE.replace("\"id\": \"resas-ops\",", "\"id\": \"resas-ops\", \"account\": \"resas-prod\",");

        assertThatThrownBy(() -> MonitoredSystemReader.read("f.json", withAccount))
                .hasMessageContaining("opsPlatform.account: RESAS Ops is measured in its own account");
    }

    @Test
    void brokenJson_namesLineAndColumn() {
        String bad = SAMPLE.replace("\"regions\": [\"ap-northeast-1\"],", "\"regions\": [\"ap-northeast-1\",],");

        assertThatThrownBy(() -> MonitoredSystemReader.read("f.json", bad))
                .hasMessageContaining("f.json line " + lineOf(bad, "\"ap-northeast-1\",]") + " column")
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void fileNamedByTheEnvironment_isReadInsteadOfTheBundledOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("system.json");
        java.nio.file.Files.writeString(file, SAMPLE.replace("RESAS（地域経済分析システム）", "RESAS staging"));

        assertThat(MonitoredSystemReader.load(Map.of(MonitoredSystemReader.ENV, file.toString())).name())
                .isEqualTo("RESAS staging");
    }

    private static int lineOf(String text, String fragment) {
        int at = text.indexOf(fragment);
        assertThat(at).as("fixture contains " + fragment).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String sample() {
        try (var in = MonitoredSystemReaderTest.class.getClassLoader().getResourceAsStream(MonitoredSystemReader.RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
