package jp.resas.ops;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules of the shared module, all in one place. New capabilities are covered without
 * being listed here.
 * <ul>
 * <li>No cycles between capability packages ({@code jp.resas.ops.X..}): each one may depend on others
 *     only one way, so a capability can be read, tested and changed on its own.</li>
 * <li>Every capability's model and use cases (outside its {@code infrastructure} and {@code web}) know
 *     no framework, no database and no HTTP client, and do not reach into adapters or {@code platform}.</li>
 * <li>The calendar and the SLA arithmetic are pure (they run anywhere, in every handler).</li>
 * </ul>
 */
@AnalyzeClasses(packages = "jp.resas.ops", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ADAPTERS = {"..infrastructure..", "..web..", "jp.resas.ops.platform.."};

    /**
     * The data catalog's few uses of the pipeline (dataset → pipeline) are left out while issue 12's
     * pipeline reshape (use cases and ports for the pipeline and the catalog) removes them; every other
     * dependency of those two packages, and every other pair, is checked.
     */
    @ArchTest
    static final ArchRule capabilities_areFreeOfCycles = slices().matching("jp.resas.ops.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("jp.resas.ops.dataset.."), resideInAPackage("jp.resas.ops.pipeline.."));

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
}
