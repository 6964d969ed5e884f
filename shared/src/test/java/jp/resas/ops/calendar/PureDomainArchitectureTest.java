package jp.resas.ops.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The calendar and SLA arithmetic must run anywhere, so they may not reach for a framework. */
@AnalyzeClasses(packages = "jp.resas.ops",
        importOptions = ImportOption.DoNotIncludeTests.class)
class PureDomainArchitectureTest {

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
