package kz.egmis.platform.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import kz.egmis.platform.StartupFailure;

/** Turns a {@link StartupFailure} anywhere in the cause chain into Spring Boot's failure report. */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupFailure> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupFailure cause) {
        return new FailureAnalysis(cause.code() + ": " + cause.problem(), cause.fix(), cause);
    }
}
