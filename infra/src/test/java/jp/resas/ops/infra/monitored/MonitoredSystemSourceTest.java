package jp.resas.ops.infra.monitored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.resas.ops.infra.ResasOpsApp;
import jp.resas.ops.infra.lambda.FunctionsJar;
import jp.resas.ops.monitored.InvalidDescriptionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;

/** Synthesis reads the description first and stops on a bad one, naming file, line and field. */
class MonitoredSystemSourceTest {

    @Test
    void withoutContext_theBundledSampleIsRead() {
        assertThat(MonitoredSystemSource.of(new App(), Map.of()).services()).hasSize(3);
    }

    @Test
    void badFileInContext_stopsSynthesisWithLineAndField(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\",\n  \"opsAccount\": {\"accountId\": \"110987654321\", \"region\": \"ap-northeast-1\"},\n  \"accounts\": [\n"
                + "    {\"name\": \"resas-prod\", \"accountId\": \"12345\", \"regions\": [\"ap-northeast-1\"],\n"
                + "     \"readRole\": {\"roleName\": \"R\", \"externalId\": \"abc\"}}\n  ],\n  \"services\": []\n}\n");
        App app = App.Builder.create().context(Map.of(MonitoredSystemSource.CONTEXT, file.toString())).build();

        assertThatThrownBy(() -> ResasOpsApp.wire(app, ResasOpsApp.environment(Map.of()), FunctionsJar.locate()))
                .isInstanceOf(InvalidDescriptionException.class)
                .hasMessageContaining(file + " line 6: accounts[0].accountId: expected a 12-digit account id")
                .hasMessageContaining("line 9: services: expected at least one entry")
                .hasMessageContaining("opsPlatform: is missing");
    }
}
