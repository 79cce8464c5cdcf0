package jp.lg.collection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package layering of {@code src/main}, as written in docs/architecture.md: no package cycle, and no
 * arrow from a lower layer to a higher one. A failure names the class and the dependency that breaks the rule;
 * move the class to the room it belongs to (or the shared piece down), never the rule.
 */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.lg.collection");

    /** Every package, sub-packages apart (delinquency and delinquency.grace are two), is free of cycles. */
    @Test
    void noPackageCycles() {
        slices().matching("jp.lg.collection.(**)").should().beFreeOfCycles().check(MAIN);
    }

    /** Bottom to top; a layer uses only the layers below it (and its own classes). */
    @Test
    void noArrowRunsUp() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rules").definedBy("jp.lg.collection.rules..")
                .layer("system").definedBy("jp.lg.collection.system..")
                .layer("audit").definedBy("jp.lg.collection.audit..")
                .layer("domain").definedBy("jp.lg.collection.taxpayer..", "jp.lg.collection.bill..")
                .layer("shared services").definedBy("jp.lg.collection.forms..", "jp.lg.collection.documents..",
                        "jp.lg.collection.export..")
                .layer("features").definedBy("jp.lg.collection.delinquency..", "jp.lg.collection.breach..",
                        "jp.lg.collection.subcontracting..", "jp.lg.collection.certificate..",
                        "jp.lg.collection.imports..", "jp.lg.collection.latecharge..", "jp.lg.collection.caseview..",
                        "jp.lg.collection.reduction..", "jp.lg.collection.inquiry..",
                        "jp.lg.collection.refund..", "jp.lg.collection.statistics..",
                        "jp.lg.collection.worklist..")
                .layer("wiring").definedBy("jp.lg.collection.security..", "jp.lg.collection.demo..",
                        "jp.lg.collection")

                .whereLayer("rules").mayNotAccessAnyLayer()
                .whereLayer("system").mayOnlyAccessLayers("rules")
                .whereLayer("audit").mayOnlyAccessLayers("rules", "system")
                .whereLayer("domain").mayOnlyAccessLayers("rules", "system", "audit")
                .whereLayer("shared services").mayOnlyAccessLayers("rules", "system", "audit", "domain")
                .whereLayer("features").mayOnlyAccessLayers("rules", "system", "audit", "domain",
                        "shared services")
                .check(MAIN);
    }

    /** The statutes are pure Java: no Spring, no engine, no other package of ours. */
    @Test
    void rulesUseOnlyJava() {
        classes().that().resideInAPackage("jp.lg.collection.rules..").should()
                .onlyDependOnClassesThat().resideInAnyPackage("java..", "jp.lg.collection.rules..")
                .check(MAIN);
    }

    /** The parent delinquency package holds the case and the shared pieces: the phases use it, not the reverse. */
    @Test
    void theCaseKnowsNoPhase() {
        noClasses().that().resideInAPackage("jp.lg.collection.delinquency").should()
                .dependOnClassesThat().resideInAPackage("jp.lg.collection.delinquency.*..")
                .check(MAIN);
    }

    /** Within one layer the taxpayer and the bill, and the forms and the documents, do not use each other. */
    @Test
    void siblingsStayApart() {
        noClasses().that().resideInAPackage("jp.lg.collection.taxpayer..").should()
                .dependOnClassesThat().resideInAPackage("jp.lg.collection.bill..").check(MAIN);
        noClasses().that().resideInAPackage("jp.lg.collection.bill..").should()
                .dependOnClassesThat().resideInAPackage("jp.lg.collection.taxpayer..").check(MAIN);
        noClasses().that().resideInAPackage("jp.lg.collection.forms..").should()
                .dependOnClassesThat().resideInAPackage("jp.lg.collection.documents..").check(MAIN);
        noClasses().that().resideInAPackage("jp.lg.collection.documents..").should()
                .dependOnClassesThat().resideInAPackage("jp.lg.collection.forms..").check(MAIN);
    }
}
