package kz.egmis.witness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code java -jar egmis.jar witness --url http://host:8080 --state witness-heads.json [--key <api key>]
 * [--watch SECONDS] [--rounds N] [--spot-checks N]}: how an outside auditor watches the ledger (docs/LEDGER.md).
 * Each round prints one line, {@code OK ...} or {@code PROBLEM <kind>: ...}, and saves the state file. Exit status:
 * 0 when every round was OK, 1 when any round found a problem, 2 for wrong flags or an unusable state file.
 */
public final class WitnessCommand {

    static final int OK = 0;
    static final int PROBLEM = 1;
    static final int UNUSABLE = 2;

    private final WitnessOptions options;
    private final PrintStream out;
    private final Clock clock;
    private final AtomicLong rounds = new AtomicLong();
    private final AtomicLong problems = new AtomicLong();

    private WitnessCommand(WitnessOptions options, PrintStream out, Clock clock) {
        this.options = options;
        this.out = out;
        this.clock = clock;
    }

    /** The command line: prints to standard output and answers the exit status. */
    public static int run(String[] arguments) {
        return run(arguments, System.getenv(), System.out, true);
    }

    static int run(String[] arguments, Map<String, String> environment, PrintStream out, boolean stoppable) {
        WitnessOptions options;
        try {
            options = WitnessOptions.parse(arguments, environment);
        } catch (IllegalArgumentException wrong) {
            out.println("witness: " + wrong.getMessage());
            out.println(WitnessOptions.USAGE);
            return UNUSABLE;
        }
        Path folder = options.state().toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            out.println("witness: the folder " + folder + " of --state does not exist");
            return UNUSABLE;
        }
        WitnessCommand command = new WitnessCommand(options, out, Clock.systemUTC());
        if (stoppable && options.watching() && options.rounds() == 0) {
            command.reportWhenStopped();
        }
        return command.watch();
    }

    private int watch() {
        LedgerClient ledger = new LedgerClient(options.server(), options.key());
        WitnessRound round = new WitnessRound(ledger, options.spotChecks(), new SplittableRandom());
        while (true) {
            WitnessState held;
            try {
                held = WitnessState.load(options.state(), options.server().toString());
            } catch (IOException unreadable) {
                out.println("PROBLEM state: cannot read " + options.state() + ": " + message(unreadable));
                return UNUSABLE;
            }
            WitnessRound.Outcome outcome = round.run(held, clock.millis());
            try {
                if (!outcome.state().equals(held)) {
                    outcome.state().save(options.state());
                }
            } catch (IOException unwritable) {
                out.println("PROBLEM state: cannot write " + options.state() + ": " + message(unwritable));
                return UNUSABLE;
            }
            out.println(outcome.line());
            out.flush();
            rounds.incrementAndGet();
            if (outcome.problem()) {
                problems.incrementAndGet();
            }
            if (!options.watching() || options.rounds() > 0 && rounds.get() >= options.rounds()) {
                return problems.get() == 0 ? OK : PROBLEM;
            }
            try {
                Thread.sleep(options.watchSeconds() * 1000);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return problems.get() == 0 ? OK : PROBLEM;
            }
        }
    }

    /**
     * An endless watch ends with Ctrl-C or SIGTERM: then print a summary and exit 0 or 1 as a finite run would
     * (halt sets the status; the JVM would otherwise report the signal, 130 or 143, whatever was found).
     */
    private void reportWhenStopped() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("witness stopped after " + rounds.get() + " rounds, " + problems.get() + " with problems");
            out.flush();
            Runtime.getRuntime().halt(problems.get() == 0 ? OK : PROBLEM);
        }, "witness-summary"));
    }

    private static String message(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder " + failure.getMessage();
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied on " + failure.getMessage();
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
