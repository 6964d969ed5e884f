package jp.resas.ops.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final String FUNCTIONS = """
            {"commonEnvironment": ["RESAS_DB_HOST"],
             "parts": [{"name": "sns", "paths": ["software/amazon/awssdk/services/sns/"]},
                       {"name": "office", "paths": ["org/apache/poi/", "org/apache/xmlbeans/"]}],
             "assets": [{"name": "events", "parts": ["sns"]}, {"name": "api", "parts": ["sns", "office"]}],
             "functions": [
              {"name": "alarm-intake", "handler": "jp.resas.ops.functions.alarm.AlarmIntakeHandler", "asset": "events",
               "stack": "ResasOps-Monitoring", "id": "AlarmIntake", "memoryMb": 1024, "timeoutSeconds": 60},
              {"name": "ops-api", "handler": "jp.resas.ops.functions.api.OpsApiHandler", "asset": "api",
               "stack": "ResasOps-Api", "id": "OpsApi", "memoryMb": 1024, "timeoutSeconds": 29, "local": "server"}]}""";
    private static final String SCHEDULES = """
            {"schedules": [
              {"name": "sweep", "stack": "ResasOps-Monitoring", "id": "Sweep", "description": "d",
               "expression": "rate(5 minutes)", "function": "alarm-intake", "input": {"at": "<aws.scheduler.scheduled-time>"}}]}""";

    @Test
    void shippedCatalogues_load_andNameEveryFunctionOnce() {
        Catalogue catalogue = Catalogue.load();

        assertThat(catalogue.function("alarm-intake").stack()).contains("ResasOps-Monitoring");
        assertThat(catalogue.function("pipeline-collect").definitionSubstitution()).contains("CollectFunction");
        assertThat(catalogue.invocable()).extracting(FunctionSpec::name).doesNotContain("ops-api", "db-migrate")
                .contains("attachment-retention", "report-schedule");
        assertThat(catalogue.schedule("census-population").stateMachine()).contains("ResasOps-DataUpdate");
        assertThat(catalogue.schedule("report-monthly").inputAt("2026-12-01T00:00:00Z"))
                .isEqualTo("{\"kind\":\"MONTHLY\",\"at\":\"2026-12-01T00:00:00Z\"}");
    }

    @Test
    void defaults_areOneInstance_invokedInProcess_scheduleRunLocally() {
        Catalogue catalogue = Catalogue.read("f.json", FUNCTIONS, "s.json", SCHEDULES);

        assertThat(catalogue.function("alarm-intake").concurrency()).isEqualTo(1);
        assertThat(catalogue.function("alarm-intake").invocable()).isTrue();
        assertThat(catalogue.function("ops-api").invocable()).isFalse();
        assertThat(catalogue.schedule("sweep").local()).isEqualTo(ScheduleSpec.Local.ALWAYS);
        assertThat(catalogue.schedule("sweep").retryAttempts()).isZero();
        assertThat(catalogue.schedule("sweep").maxEventAge()).isEqualTo(Optional.empty());
        assertThat(catalogue.schedulesOf("ResasOps-Monitoring")).hasSize(1);
    }

    @Test
    void aBadFunctionEntry_isRefused_namingFileEntryAndField() {
        String bad = FUNCTIONS.replace("\"memoryMb\": 1024, \"timeoutSeconds\": 60",
                "\"memoryMb\": 64, \"timeoutSeconds\": 60, \"timeout\": 3, \"environment\": [\"SLA_ALERT_TOPIC_ARN\"]");

        assertThatThrownBy(() -> Catalogue.read("f.json", bad, "s.json", SCHEDULES))
                .isInstanceOf(InvalidCatalogueException.class)
                .satisfies(e -> assertThat(((InvalidCatalogueException) e).problems()).contains(
                        "f.json: functions[0] 'alarm-intake': field 'timeout' is not a field of the catalogue (known: "
                                + "[asset, concurrency, definitionSubstitution, environment, handler, id, local, memoryMb, name, "
                                + "optionalEnvironment, stack, timeoutSeconds])",
                        "f.json: functions[0] 'alarm-intake': field 'memoryMb' must be a whole number from 128 to 10240, was 64",
                        "f.json: functions[0] 'alarm-intake': field 'environment' names SLA_ALERT_TOPIC_ARN: the platform's "
                                + "variables are named RESAS_…"));
    }

    @Test
    void aDeployedFunctionWithoutItsSize_isRefused() {
        String bad = FUNCTIONS.replace(", \"memoryMb\": 1024, \"timeoutSeconds\": 29", "")
                .replace("\"name\": \"ops-api\"", "\"name\": \"alarm-intake\"");

        assertThatThrownBy(() -> Catalogue.read("f.json", bad, "s.json", SCHEDULES))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("f.json: functions[1] 'alarm-intake': field 'memoryMb' is required")
                .hasMessageContaining("f.json: functions[1] 'alarm-intake': field 'timeoutSeconds' is required");
    }

    @Test
    void aScheduleNamingAnUnknownFunction_orBothTargets_orABadExpression_isRefused() {
        String unknown = SCHEDULES.replace("\"function\": \"alarm-intake\"", "\"function\": \"alarm-intak\"");
        String both = SCHEDULES.replace("\"function\": \"alarm-intake\"",
                "\"function\": \"alarm-intake\", \"stateMachine\": \"ResasOps-DataUpdate\"");
        String expression = SCHEDULES.replace("rate(5 minutes)", "cron(0 9 * *)");
        String elsewhere = SCHEDULES.replace("\"stack\": \"ResasOps-Monitoring\"", "\"stack\": \"ResasOps-Api\"");

        assertThatThrownBy(() -> Catalogue.read("f.json", FUNCTIONS, "s.json", unknown))
                .hasMessageContaining("s.json: schedules[0] 'sweep': field 'function' 'alarm-intak' is not in f.json");
        assertThatThrownBy(() -> Catalogue.read("f.json", FUNCTIONS, "s.json", both))
                .hasMessageContaining("s.json: schedules[0] 'sweep': field 'function' name exactly one target");
        assertThatThrownBy(() -> Catalogue.read("f.json", FUNCTIONS, "s.json", expression))
                .hasMessageContaining("s.json: schedules[0] 'sweep': field 'expression' must be cron(");
        assertThatThrownBy(() -> Catalogue.read("f.json", FUNCTIONS, "s.json", elsewhere))
                .hasMessageContaining("field 'function' 'alarm-intake' is deployed by ResasOps-Monitoring, not by this "
                        + "schedule's stack ResasOps-Api");
    }

    @Test
    void notJson_isRefused_withTheLine() {
        assertThatThrownBy(() -> Catalogue.read("f.json", "{\n\"functions\": [,]}", "s.json", SCHEDULES))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("f.json line 2: not valid JSON");
    }

    @Test
    void anAsset_leavesOutEveryPartItDoesNotKeep() {
        Catalogue catalogue = Catalogue.read("f.json", FUNCTIONS, "s.json", SCHEDULES);

        AssetSpec events = catalogue.assetOf(catalogue.function("alarm-intake"));
        assertThat(events.fileName()).isEqualTo("events.jar");
        assertThat(catalogue.leftOut(events)).extracting(PartSpec::name).containsExactly("office");
        assertThat(catalogue.leftOut(catalogue.asset("api"))).isEmpty();
        assertThat(catalogue.leftOut(events).get(0).holds("org/apache/poi/ss/usermodel/Workbook.class")).isTrue();
        assertThat(catalogue.leftOut(events).get(0).holds("org/apache/commons/io/IOUtils.class")).isFalse();
    }

    @Test
    void shippedCatalogue_givesEveryDeployedFunctionAnAsset() {
        Catalogue catalogue = Catalogue.load();

        assertThat(catalogue.functions()).filteredOn(FunctionSpec::deployed)
                .allSatisfy(f -> assertThat(catalogue.assetOf(f)).isNotNull());
        assertThat(catalogue.leftOut(catalogue.assetOf(catalogue.function("alarm-intake")))).extracting(PartSpec::name)
                .contains("securityhub", "costexplorer", "flyway", "office", "web", "http", "maven-metadata",
                        "s3", "scheduler", "sns", "sts", "sfn", "joda", "yaml")
                .doesNotContain("lambda");
        // Each asset keeps only the SDK modules its functions call (issue 18): STS for the collectors' roles only.
        assertThat(catalogue.leftOut(catalogue.assetOf(catalogue.function("incident-notify")))).extracting(PartSpec::name)
                .contains("s3", "lambda", "sts").doesNotContain("sns", "scheduler");
        assertThat(catalogue.leftOut(catalogue.assetOf(catalogue.function("metrics-collector"))))
                .extracting(PartSpec::name).contains("s3", "lambda", "scheduler", "sns").doesNotContain("cloudwatch", "sts");
    }

    @Test
    void aPathWithWildcards_holdsEveryFolderItStandsFor() {
        PartSpec web = new PartSpec("web", List.of("jp/resas/ops/**/web/",
                "META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/jp.resas.ops.*.web."));

        assertThat(web.holds("jp/resas/ops/incident/web/IncidentController.class")).isTrue();
        assertThat(web.holds("jp/resas/ops/ledger/asset/web/AssetController.class")).isTrue();
        assertThat(web.holds("META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/"
                + "jp.resas.ops.ledger.asset.web.$AssetController$Definition")).isTrue();
        assertThat(web.holds("jp/resas/ops/incident/IncidentService.class")).isFalse();
        assertThat(web.holds("jp/resas/ops/incident/webhook/Hook.class")).isFalse();
        assertThat(web.holds("META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/"
                + "jp.resas.ops.incident.$IncidentService$Definition")).isFalse();
        // One star stays within a folder: the service's folder is not a package.
        assertThat(new PartSpec("one", List.of("org/*/poi/")).holds("org/apache/poi/X.class")).isTrue();
        assertThat(new PartSpec("one", List.of("org/*/poi/")).holds("org/apache/x/poi/X.class")).isFalse();
        assertThat(Catalogue.read("f.json", FUNCTIONS.replace("\"org/apache/poi/\"", "\"org/**/poi/\""), "s.json",
                SCHEDULES).parts()).extracting(PartSpec::name).contains("office");
    }

    @Test
    void badAssets_areRefused_namingTheEntryAndField() {
        String noAsset = FUNCTIONS.replace("\"asset\": \"events\",", "");
        String unknownAsset = FUNCTIONS.replace("\"asset\": \"events\"", "\"asset\": \"nowhere\"");
        String unknownPart = FUNCTIONS.replace("\"parts\": [\"sns\"]", "\"parts\": [\"sms\"]");
        String unused = FUNCTIONS.replace("{\"name\": \"api\", \"parts\": [\"sns\", \"office\"]}",
                "{\"name\": \"api\", \"parts\": [\"sns\", \"office\"]}, {\"name\": \"spare\", \"parts\": []}");
        String badPath = FUNCTIONS.replace("\"org/apache/poi/\"", "\"org.apache.poi\"");

        assertThatThrownBy(() -> Catalogue.read("f.json", noAsset, "s.json", SCHEDULES))
                .hasMessageContaining("f.json: functions[0] 'alarm-intake': field 'asset' is required");
        assertThatThrownBy(() -> Catalogue.read("f.json", unknownAsset, "s.json", SCHEDULES))
                .hasMessageContaining("functions[0] 'alarm-intake': field 'asset' names 'nowhere'");
        assertThatThrownBy(() -> Catalogue.read("f.json", unknownPart, "s.json", SCHEDULES))
                .hasMessageContaining("assets[0] 'events': field 'parts' names 'sms'");
        assertThatThrownBy(() -> Catalogue.read("f.json", unused, "s.json", SCHEDULES))
                .hasMessageContaining("asset 'spare' is named by no function");
        assertThatThrownBy(() -> Catalogue.read("f.json", badPath, "s.json", SCHEDULES))
                .hasMessageContaining("parts[1] 'office': field 'paths'");
    }
}
