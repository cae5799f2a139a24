package kz.egmis.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import kz.egmis.platform.StartupFailure;

class OneLineFailureReporterTest {

    @Test
    void a_startup_failure_deep_in_the_cause_chain_becomes_one_line_with_its_code_and_fix() {
        StartupFailure failure = new StartupFailure("EGMIS-TEST-001", "The thing is broken.", "Mend the thing.");
        Throwable wrapped = new BeanCreationException("outer", new IllegalStateException("middle", failure));

        FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(wrapped);
        String line = OneLineFailureReporter.oneLine(analysis);

        assertThat(line).isEqualTo("EGMIS did not start. EGMIS-TEST-001: The thing is broken. Fix: Mend the thing.");
    }

    @Test
    void a_multi_line_analysis_from_spring_is_folded_onto_one_line() {
        FailureAnalysis analysis = new FailureAnalysis("Web server failed to start.\nPort 8080 was already in use.\n",
                "Identify and stop the process\n   that's listening on port 8080.", null);

        assertThat(OneLineFailureReporter.oneLine(analysis)).doesNotContain("\n")
                .isEqualTo("EGMIS did not start. Web server failed to start. Port 8080 was already in use. "
                        + "Fix: Identify and stop the process that's listening on port 8080.");
    }

    @Test
    void other_failures_are_left_to_other_analyzers() {
        assertThat(new StartupFailureAnalyzer().analyze(new IllegalStateException("unrelated"))).isNull();
    }
}
