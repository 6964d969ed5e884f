package jp.resas.ops;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every architecture rule, in one place: the shared module's capabilities and the functions' handlers
 * ({@code jp.resas.ops.functions..}), analysed together here because this module sees both (shared is one of its
 * dependencies). New capabilities are covered without being listed here.
 * <ul>
 * <li>No cycles between capability packages ({@code jp.resas.ops.X..}): each one may depend on others
 *     only one way, so a capability can be read, tested and changed on its own.</li>
 * <li>Every capability's model and use cases (outside its {@code infrastructure} and {@code web}) know
 *     no framework, no database and no HTTP client, and do not reach into adapters or {@code platform}.</li>
 * <li>The calendar and the SLA arithmetic are pure (they run anywhere, in every handler).</li>
 * <li>Nothing reads the process environment itself, the handlers included: Micronaut's environment property
 *     source does ({@code LambdaPlatform} and {@code MigrationHandler} hand it over).</li>
 * </ul>
 * The functions' handlers are adapters (the Lambda binding), so the model rules do not apply to them. Shared's
 * test classes, on the class path as a directory or as its test-jar, are not analysed ({@link MainClassesOnly}).
 */
@AnalyzeClasses(packages = "jp.resas.ops", importOptions = ArchitectureTest.MainClassesOnly.class)
class ArchitectureTest {

    private static final String[] ADAPTERS = {"..infrastructure..", "..web..", "jp.resas.ops.platform..",
        "jp.resas.ops.functions.."};

    /** Main classes only: neither a module's test classes nor a test-jar (shared's, which this module uses). */
    static final class MainClassesOnly implements ImportOption {

        private final ImportOption tests = new ImportOption.DoNotIncludeTests();

        @Override
        public boolean includes(Location location) {
            return tests.includes(location) && !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule capabilities_areFreeOfCycles = slices().matching("jp.resas.ops.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule models_dependOnNoFramework = noClasses()
            .that().resideInAPackage("jp.resas.ops..")
            .and().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.micronaut..", "jakarta.inject..", "software.amazon..", "com.amazonaws..");

    /** A model reads no database and calls no HTTP service itself: that is an adapter behind a port. */
    @ArchTest
    static final ArchRule models_useNoDatabaseNorHttpNorPlatform = noClasses()
            .that().resideInAPackage("jp.resas.ops..")
            .and().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage("jp.resas.ops.platform..", "java.sql..",
                    "javax.sql..", "java.net.http..");

    @ArchTest
    static final ArchRule models_doNotReachIntoAdapters = noClasses()
            .that().resideInAPackage("jp.resas.ops..")
            .and().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..web..");

    /** {@code platform} wires the capabilities' adapters; it names no capability. */
    @ArchTest
    static final ArchRule platform_knowsNoCapability = noClasses()
            .that().resideInAPackage("jp.resas.ops.platform..")
            .should().dependOnClassesThat(resideInAPackage("jp.resas.ops..")
                    .and(not(resideInAPackage("jp.resas.ops.platform..")))
                    .and(not(resideInAPackage("jp.resas.ops.common..")))
                    .and(not(resideInAPackage("jp.resas.ops"))));

    @ArchTest
    static final ArchRule calendarAndSla_dependOnNoFramework = noClasses()
            .that().resideInAnyPackage("jp.resas.ops.calendar..", "jp.resas.ops.sla..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.micronaut..", "software.amazon..", "com.amazonaws..", "jakarta..",
                    "com.fasterxml..", "org.slf4j..", "org.apache.logging..");

    /** The service-desk models and use cases: adapters live in infrastructure and web only. */
    @ArchTest
    static final ArchRule deskModels_dependOnNoFramework = noClasses()
            .that().resideInAnyPackage("jp.resas.ops.ticket", "jp.resas.ops.inquiry", "jp.resas.ops.workrequest",
                    "jp.resas.ops.change", "jp.resas.ops.issue", "jp.resas.ops.maintenance", "jp.resas.ops.slawatch",
                    "jp.resas.ops.calendaradmin", "jp.resas.ops.incident", "jp.resas.ops.common",
                    "jp.resas.ops.attachment", "jp.resas.ops.slaadmin",
                    "jp.resas.ops.meeting", "jp.resas.ops.devschedule", "jp.resas.ops.servicelevel")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.micronaut..", "software.amazon..", "com.amazonaws..", "jakarta..",
                    "com.fasterxml..", "org.slf4j..", "org.apache.logging..");

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

    /**
     * Settings reach the code as configuration (a capability's {@code @ConfigurationProperties} record): the
     * process environment is read by Micronaut's environment property source ({@code RESAS_X_Y} is
     * {@code resas.x.y}), never by the code itself.
     */
    @ArchTest
    static final ArchRule nothing_readsTheEnvironmentItself = noClasses()
            .that().resideInAPackage("jp.resas.ops..")
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class);

    /** The handlers read their settings as Micronaut properties, as the capabilities do (the rule above). */
    @ArchTest
    static final ArchRule noHandler_readsTheEnvironmentItself = noClasses()
            .that().resideInAPackage("jp.resas.ops.functions..")
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class);
}
