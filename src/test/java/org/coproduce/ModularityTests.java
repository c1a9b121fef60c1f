package org.coproduce;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The package-by-feature structure holds: no cycles, no module reaches into another's internals. */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(CoproduceApplication.class);

  @Test
  void modulesRespectTheirBoundaries() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    // target/spring-modulith-docs: component diagrams and module canvases for docs/architecture.md.
    new Documenter(modules).writeDocumentation().writeIndividualModulesAsPlantUml();
  }
}
