package jp.resas.ops.local.sfn;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** local/ uses the ASL runner (module sfn/) through its API, the package root, never its internals. */
@AnalyzeClasses(packages = "jp.resas.ops.local")
class SfnApiUseTest {

    @ArchTest
    static final ArchRule local_usesOnlyTheRunnersApi = noClasses()
            .that().resideInAPackage("jp.resas.ops.local..")
            .should().dependOnClassesThat().resideInAPackage("jp.resas.ops.sfn.internal..");
}
