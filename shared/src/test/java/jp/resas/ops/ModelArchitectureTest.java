package jp.resas.ops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every capability's model and use cases know no framework: Micronaut, the AWS SDK, the Lambda
 * libraries and Powertools belong to its {@code infrastructure} and {@code web} adapters (and to
 * {@code platform}, which wires them). New capabilities are covered without being listed here.
 */
@AnalyzeClasses(packages = "jp.resas.ops", importOptions = ImportOption.DoNotIncludeTests.class)
class ModelArchitectureTest {

    @ArchTest
    static final ArchRule models_dependOnNoFramework = noClasses()
            .that().resideInAPackage("jp.resas.ops..")
            .and().resideOutsideOfPackages("..infrastructure..", "..web..", "jp.resas.ops.platform..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.micronaut..", "jakarta.inject..", "software.amazon..", "com.amazonaws..");

    @ArchTest
    static final ArchRule models_doNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("jp.resas.ops..")
            .and().resideOutsideOfPackages("..infrastructure..", "..web..", "jp.resas.ops.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..web..");
}
