package org.cadre;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Modules talk only through each other's public API: a forbidden dependency or a cycle fails the build. */
class ModularityTest {

    @Test
    void modules_depend_only_on_each_others_public_api_and_without_cycles() {
        ApplicationModules.of(CadreApplication.class).verify();
    }
}
