package jp.resas.ops.sfn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runner is plain Java (Jackson, JSONata): no framework, no database, nothing of the RESAS Ops
 * application; its API is the root package.
 */
@AnalyzeClasses(packages = "jp.resas.ops.sfn", importOptions = ImportOption.DoNotIncludeTests.class)
class SfnModuleDependenciesTest {

    @ArchTest
    static final ArchRule theRunner_dependsOnNoFrameworkAndNoDatabase = noClasses()
            .that().resideInAPackage("jp.resas.ops.sfn..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.micronaut..", "jakarta..", "javax.sql..", "java.sql..", "org.postgresql..", "io.zonky..",
                    "org.flywaydb..", "picocli..", "software.amazon..", "com.amazonaws..");

    @ArchTest
    static final ArchRule theRunner_usesOnlyTheJdkJacksonAndJsonata = noClasses()
            .that().resideInAPackage("jp.resas.ops.sfn..")
            .should().dependOnClassesThat().resideOutsideOfPackages("jp.resas.ops.sfn..", "java..",
                    "com.fasterxml.jackson..", "com.dashjoin.jsonata..");

    /** The module's own classpath (its pom): these must not even be there to be used. */
    @ParameterizedTest
    @ValueSource(strings = {"io.micronaut.context.ApplicationContext", "org.postgresql.Driver",
            "io.zonky.test.db.postgres.embedded.EmbeddedPostgres", "jp.resas.ops.functions.platform.InProcessContext"})
    void frameworkAndDatabaseClasses_areNotOnTheModulesClasspath(String className) {
        assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
