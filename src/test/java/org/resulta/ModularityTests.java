package org.resulta;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifies the module boundaries and writes the module documentation (target/spring-modulith-docs). */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ResultaApplication.class);

    @Test
    void findsTheBusinessModules() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("shared", "organisation", "identity", "framework", "results", "measurement", "analytics", "web");
    }

    @Test
    void respectsModuleBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation().writeIndividualModulesAsPlantUml();
    }
}
