package jp.resas.ops.infra.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.resas.ops.infra.lambda.FunctionsJar;
import jp.resas.ops.infra.network.NetworkStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

/**
 * The migration trigger re-runs only when the migrations change: the data stack synthesised from three
 * handler jars (a base, one with other code, one with an edited migration) keeps the trigger's properties
 * for a code-only change, so CloudFormation does not update (re-run) it, and changes them for a migration.
 */
class MigrationTriggerTest {

    @TempDir
    Path dir;

    private static final Map<String, String> MIGRATIONS = Map.of(
            "db/migration/V1__incidents.sql", "CREATE TABLE incident (id bigint PRIMARY KEY);\n",
            "db/migration/V2__tickets.sql", "CREATE TABLE ticket (id bigint PRIMARY KEY);\n");

    private FunctionsJar jar(String name, Map<String, String> migrations, String code) throws IOException {
        Path root = Files.createDirectories(dir.resolve(name));
        Path file = root.resolve(FunctionsJar.RELATIVE_PATH);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<String, String> entries = new LinkedHashMap<>();
            entries.put("jp/resas/ops/functions/migration/MigrationHandler.class", code);
            entries.putAll(migrations);
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        // db-migrate deploys its catalogue asset, cut from the shaded jar: here the same entries.
        Path asset = file.resolveSibling("assets").resolve(jp.resas.ops.infra.lambda.CatalogueFunctions.catalogue()
                .assetOf(DatabaseMigration.SPEC).fileName());
        Files.createDirectories(asset.getParent());
        Files.copy(file, asset);
        return FunctionsJar.locateFrom(root);
    }

    /** The data stack as the app wires it, on a VPC of its own, for one handler jar. */
    private static Map<String, Object> triggerProperties(FunctionsJar functions) {
        App app = new App();
        NetworkStack network = new NetworkStack(app, "Network", StackProps.builder().build());
        DataStack data = new DataStack(app, "Data", new DataStackProps(StackProps.builder().build(), network.vpc(),
                functions));
        Template template = Template.fromStack(data);
        Map<String, Map<String, Object>> triggers = template.findResources("Custom::Trigger");
        assertThat(triggers).hasSize(1);
        // The triggers provider may invoke any qualifier of the function, $LATEST included.
        assertThat(template.findResources("AWS::IAM::Role").toString()).contains("lambda:InvokeFunction", ":*");
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) triggers.values().iterator().next().get("Properties");
        return properties;
    }

    @Test
    void aCodeOnlyChange_keepsTheTriggersProperties_aMigrationChangeChangesThem() throws IOException {
        Map<String, Object> base = triggerProperties(jar("base", MIGRATIONS, "code v1"));
        Map<String, Object> newCode = triggerProperties(jar("code", MIGRATIONS, "code v2, migrations untouched"));
        Map<String, String> edited = new LinkedHashMap<>(MIGRATIONS);
        edited.put("db/migration/V3__notes.sql", "CREATE TABLE note (id bigint PRIMARY KEY);\n");
        Map<String, Object> newMigration = triggerProperties(jar("migration", edited, "code v1"));

        assertThat(newCode).isEqualTo(base);
        assertThat(newMigration).isNotEqualTo(base);
        assertThat(newMigration.get(DatabaseMigration.DIGEST_PROPERTY)).isNotEqualTo(base.get(DatabaseMigration.DIGEST_PROPERTY));
        // what the triggers provider reads: it invokes on Create, and on Update unless this is "false"
        assertThat(String.valueOf(base.get("ExecuteOnHandlerChange"))).isEqualTo("true");
        assertThat(base.get("HandlerArn")).asString().contains("$LATEST").doesNotContain("CurrentVersion");
    }

    @Test
    void theDigest_coversEveryMigrationsNameAndContent_andNothingElse() throws IOException {
        String base = jar("a", MIGRATIONS, "x").migrationsDigest();
        Map<String, String> renamed = Map.of("db/migration/V1__incidents_renamed.sql", MIGRATIONS.get(
                "db/migration/V1__incidents.sql"), "db/migration/V2__tickets.sql", MIGRATIONS.get("db/migration/V2__tickets.sql"));
        Map<String, String> edited = new LinkedHashMap<>(MIGRATIONS);
        edited.put("db/migration/V2__tickets.sql", "CREATE TABLE ticket (id bigint PRIMARY KEY, title text);\n");

        assertThat(jar("b", MIGRATIONS, "y").migrationsDigest()).isEqualTo(base);
        assertThat(jar("c", renamed, "x").migrationsDigest()).isNotEqualTo(base);
        assertThat(jar("d", edited, "x").migrationsDigest()).isNotEqualTo(base);
    }
}
