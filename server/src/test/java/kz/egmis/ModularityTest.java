package kz.egmis;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk to each other only through their base packages; nothing reaches into another's internals. */
class ModularityTest {

    static final ApplicationModules modules = ApplicationModules.of(EgmisApplication.class);

    @Test
    void the_module_graph_has_no_cycles_and_no_access_to_internals() {
        modules.verify();
    }
}
