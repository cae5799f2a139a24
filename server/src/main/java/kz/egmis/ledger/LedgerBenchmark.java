package kz.egmis.ledger;

/** Measures the ledger inside a running server: the {@code bench --mode ledger} command uses it. */
public interface LedgerBenchmark {

    /** Figures of one run, for printing. */
    record Figures(long leaves, double queueSeconds, double sequenceSeconds, double rootSeconds,
                   double inclusionMicros, double consistencyMicros) {
    }

    Figures run(long leaves);
}
