package org.stepwise.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.stepwise.Application;

/** Features talk only through each other's root packages, and there are no cycles between them. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void feature_boundaries_hold() {
        modules.verify();
    }
}
