package kz.egmis.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On the external-PostgreSQL run, skips storage tests when no external server answers, except under
 * {@code CI=true}, where nothing skips: the tests run and fail loudly.
 */
public class ExternalDatabaseCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabases.usesExternalServer() || "true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("runs on " + (TestDatabases.usesExternalServer() ? "external" : "embedded")
                    + " PostgreSQL");
        }
        return TestDatabases.externalServerAnswers()
                ? ConditionEvaluationResult.enabled("the external PostgreSQL answers")
                : ConditionEvaluationResult.disabled("no external PostgreSQL at " + TestDatabases.externalAdministrationUrl()
                        + " (set CI=true to make this a failure)");
    }
}
