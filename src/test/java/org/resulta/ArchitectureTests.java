package org.resulta;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * House rules of CONVENTIONS.md that Spring Modulith does not check. Each rule first asserts that it sees the
 * classes it is about, so that a mistyped package cannot make it pass on nothing.
 */
class ArchitectureTests {

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.resulta");
    }

    @Test
    void seesTheProductionCode() {
        assertThat(classes.stream().filter(c -> c.getPackageName().contains(".domain"))).hasSizeGreaterThan(30);
        assertThat(classes.stream().filter(c -> c.getPackageName().endsWith(".web"))).hasSizeGreaterThan(10);
        assertThat(classes.stream().filter(c -> c.isAnnotatedWith(Repository.class))).hasSizeGreaterThan(5);
    }

    @Test
    void domainDoesNotReachIntoWeb() {
        check(noClasses().that().resideInAPackage("org.resulta..domain..").should().dependOnClassesThat().resideInAPackage("org.resulta..web.."));
    }

    @Test
    void repositoriesAreNotPublic() {
        check(classes().that().areAnnotatedWith(Repository.class).should().notHaveModifier(JavaModifier.PUBLIC));
    }

    @Test
    void noFieldInjection() {
        check(fields().should().notBeAnnotatedWith(Autowired.class));
    }

    @Test
    void noPrintingToTheConsole() {
        check(noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace"));
    }

    @Test
    void calculationRulesStayFreeOfSpring() {
        check(noClasses().that().resideInAPackage("..measurement.calculation..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.."));
    }

    @Test
    void evaluationRulesStayFreeOfSpring() {
        check(noClasses().that().resideInAPackage("..analytics.evaluation..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.."));
    }

    @Test
    void usesJackson3NotJackson2Databind() {
        check(noClasses().should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind.."));
    }

    @Test
    void sqlIsWrittenByRepositoriesNotControllers() {
        check(noClasses().that().resideInAPackage("org.resulta..web..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.jdbc.."));
    }

    @Test
    void namesAvoidGrabBagSuffixes() {
        check(noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils"));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
