package kz.egmis.platform.internal;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Prints why start-up failed as one line on standard error, so an operator reads what to fix rather than
 * a stack trace. Replaces Spring Boot's multi-line report (switched off in application.properties).
 */
class OneLineFailureReporter implements FailureAnalysisReporter {

    @Override
    public void report(FailureAnalysis analysis) {
        System.err.println(oneLine(analysis));
        System.err.flush();
    }

    static String oneLine(FailureAnalysis analysis) {
        String description = flatten(analysis.getDescription());
        String action = flatten(analysis.getAction());
        String line = "EGMIS did not start. " + description;
        return action.isEmpty() ? line : line + " Fix: " + action;
    }

    private static String flatten(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
