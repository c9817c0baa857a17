package org.resulta;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

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

    /**
     * Writes the C4 component diagrams (PlantUML) of all modules and of each one. The module canvases are left out:
     * they parse the extracted Javadoc with a JSON parser that fails on ordinary Javadoc (spring-modulith#1762).
     */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        assertThat(Path.of("target", "spring-modulith-docs", "components.puml")).exists();
    }

    /**
     * docs/architecture.md carries the module graph generated from the code; this fails when a module or a
     * dependency changed and the document did not. The fresh graph is written to target/architecture/modules.mmd.
     */
    @Test
    void architectureDocumentShowsTheCurrentModuleGraph() throws IOException {
        String graph = mermaid(MODULES);
        Path out = Path.of("target", "architecture", "modules.mmd");
        Files.createDirectories(out.getParent());
        Files.writeString(out, graph);
        assertThat(Files.readString(Path.of("docs", "architecture.md")))
                .as("docs/architecture.md must contain the graph in %s", out)
                .contains(graph);
    }

    static String mermaid(ApplicationModules modules) {
        StringBuilder graph = new StringBuilder("flowchart TD\n");
        modules.stream().sorted(Comparator.comparing(m -> m.getIdentifier().toString())).forEach(module -> {
            String from = module.getIdentifier().toString();
            graph.append("    ").append(from).append("[").append(module.getDisplayName()).append("]\n");
        });
        modules.stream().sorted(Comparator.comparing(m -> m.getIdentifier().toString())).forEach(module -> {
            String from = module.getIdentifier().toString();
            module.getDirectDependencies(modules).uniqueModules()
                    .map(m -> m.getIdentifier().toString()).distinct().sorted()
                    .filter(to -> !to.equals("shared") && !to.equals("web"))
                    .forEach(to -> graph.append("    ").append(from).append(" --> ").append(to).append("\n"));
        });
        return graph.toString();
    }
}
