package jp.resas.ops;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
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

    /** The catalog's API reads and rolls back versions through the catalog, never through the pipeline's adapters. */
    @ArchTest
    static final ArchRule datasetWeb_doesNotImportPipelineInfrastructure = noClasses()
            .that().resideInAPackage("jp.resas.ops.dataset.web..")
            .should().dependOnClassesThat().resideInAPackage("jp.resas.ops.pipeline.infrastructure..");

    /**
     * The pipeline's and the catalog's models and use cases are checked as the service desk's are: no
     * framework, no logging, no JDBC or HTTP client, nothing of {@code platform}. Their ids keep the
     * Jackson annotation that says JSON shows them bare (annotations only, no databind).
     */
    @ArchTest
    static final ArchRule pipelineModels_dependOnNoFramework = noClasses()
            .that().resideInAnyPackage("jp.resas.ops.pipeline", "jp.resas.ops.dataset")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.micronaut..", "software.amazon..", "com.amazonaws..", "jakarta..",
                    "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..", "org.slf4j..",
                    "org.apache.logging..", "jp.resas.ops.platform..", "java.sql..", "java.net.http..");

    /** The pipeline's records are reached through ports: interfaces in the model, JDBC adapters behind them. */
    @ArchTest
    static final ArchRule pipelinePorts_areInterfaces = classes()
            .that().haveFullyQualifiedName("jp.resas.ops.pipeline.RunRecords")
            .or().haveFullyQualifiedName("jp.resas.ops.pipeline.Staging")
            .or().haveFullyQualifiedName("jp.resas.ops.pipeline.Rounds")
            .or().haveFullyQualifiedName("jp.resas.ops.pipeline.DataUpdateIncidents")
            .or().haveFullyQualifiedName("jp.resas.ops.dataset.PublishedVersions")
            .should().beInterfaces();
}
