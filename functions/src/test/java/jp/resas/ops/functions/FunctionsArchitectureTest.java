package jp.resas.ops.functions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The handlers read their settings as Micronaut properties: the process environment is read by Micronaut's
 * environment property source only ({@code LambdaPlatform} and {@code MigrationHandler} hand it over), never
 * by {@code System.getenv} (shared's {@code ArchitectureTest} says the same of the capabilities).
 */
@AnalyzeClasses(packages = "jp.resas.ops.functions", importOptions = ImportOption.DoNotIncludeTests.class)
class FunctionsArchitectureTest {

    @ArchTest
    static final ArchRule noHandler_readsTheEnvironmentItself = noClasses()
            .that().resideInAPackage("jp.resas.ops.functions..")
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class);
}
