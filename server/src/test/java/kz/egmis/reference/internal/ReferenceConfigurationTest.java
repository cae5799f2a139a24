package kz.egmis.reference.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import kz.egmis.reference.ReferenceCatalog;

/** The only test with Spring: a bare context holding just this configuration, no database. */
@ExtendWith(OutputCaptureExtension.class)
class ReferenceConfigurationTest {

    @Test
    void the_EGMIS_REFERENCE_DIR_environment_variable_selects_the_folder_and_one_line_is_logged(
            @TempDir Path directory, CapturedOutput output) {
        CatalogFolder.copyOfBundled(directory).replaceLine("services.csv", 2,
                "PHC001;Приём врача;GP visit;PHC;9999;15;A;0;120;GP;1");
        // Stands in for the real process environment, which a test cannot set.
        var environmentVariable = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME + "-test",
                Map.of("EGMIS_REFERENCE_DIR", directory.toString()));

        new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(environmentVariable))
                .withUserConfiguration(ReferenceConfiguration.class)
                .run(context -> {
                    ReferenceCatalog catalog = context.getBean(ReferenceCatalog.class);
                    assertThat(catalog.service("PHC001").orElseThrow().priceKzt()).isEqualByComparingTo("9999");
                });

        assertThat(output).containsOnlyOnce("Reference catalog loaded from directory " + directory.toAbsolutePath()
                + ": 53 services, 23 specialties, 20 regions, 2 funding streams");
    }
}
