package kz.egmis;

import java.io.PrintStream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import kz.egmis.ledger.LedgerVerification;
import kz.egmis.ledger.VerificationProblem;
import kz.egmis.ledger.VerificationReport;
import kz.egmis.platform.StartupFailure;

/**
 * {@code java -jar egmis.jar verify [--egmis.x=y ...]}: verifies the ledger against the database of the usual
 * configuration (EGMIS_DATA_DIR, EGMIS_DB_URL) without serving. Starts only what verifying needs (lazily: no web
 * server, no sequencer, no tree-head signer, no migrations): it never writes, so leaves still queued are checked as
 * they wait, and it may read a replica. Prints one line per problem and a summary; exits 0 when clean, 1 on a
 * problem, 2 when it could not verify.
 */
final class VerifyCommand {

    static final int CLEAN = 0;
    static final int PROBLEMS = 1;
    static final int NOT_VERIFIED = 2;

    private VerifyCommand() {
    }

    static int run(Class<?> application, String[] arguments, PrintStream out, PrintStream err) {
        String[] springArguments = java.util.Arrays.copyOfRange(arguments, 1, arguments.length);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .lazyInitialization(true).properties("egmis.ledger.verify.flush-queue=false", "egmis.data-dir.read-only=true",
                        "spring.flyway.enabled=false", "logging.level.root=WARN", "logging.level.kz.egmis=WARN");
        try (ConfigurableApplicationContext context = builder.run(springArguments)) {
            VerificationReport report = context.getBean(LedgerVerification.class).verify();
            for (VerificationProblem problem : report.problems()) {
                out.println(problem.line());
            }
            if (report.problemsNotListed() > 0) {
                out.println("... and " + report.problemsNotListed() + " more problems not listed");
            }
            out.println(report.summary());
            return report.ok() ? CLEAN : PROBLEMS;
        } catch (RuntimeException failed) {
            err.println(explain(failed));
            return NOT_VERIFIED;
        }
    }

    private static String explain(RuntimeException failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupFailure failure && failure.code().equals("EGMIS-DATA-002")) {
                return "EGMIS-VERIFY-001: verify cannot open the data folder: " + failure.problem() + " Fix: with the "
                        + "embedded database, stop the server first (its database lives in the data folder and belongs "
                        + "to it); with an external PostgreSQL, set EGMIS_DB_URL (and EGMIS_DB_USER, EGMIS_DB_PASSWORD) "
                        + "as the server has them, and verify runs next to the running server.";
            }
            if (cause instanceof StartupFailure failure) {
                return "EGMIS-VERIFY-002: verify could not start: " + failure.oneLine();
            }
        }
        String schemaHint = String.valueOf(failed.getMessage()).contains("does not exist")
                ? " (the database schema is older than this EGMIS, and verify does not migrate: start this version's "
                        + "server once, or verify with the version that wrote the database)" : "";
        return "EGMIS-VERIFY-003: verify failed: " + failed + schemaHint;
    }
}
