package kz.egmis.screening;

import java.time.Duration;
import java.util.List;

/** Screening passes as other features may run and time them: the {@code bench} command uses it. */
public interface ScreeningPasses {

    /** One rule's part of a pass: how long its query took and how many offences it found. */
    record RuleFigures(String rule, long durationMs, long offences) {
    }

    /**
     * A pass: full (every record) or scoped (the records ingests touched, real time); the time spent bringing the
     * screening tables up to date, running the rules and reconciling the findings.
     */
    record Figures(boolean full, long offences, long durationMs, long tablesMs, long reconcileMs,
                   List<RuleFigures> rules) {
    }

    /** The real-time passes so far: how many were scoped, how many had to be full, and the latest (null before one). */
    record RealTimeFigures(long scopedPasses, long fullPasses, Figures latest) {
    }

    /** A full pass over all data, as {@code POST /api/screening/run} runs it. */
    Figures runFullPass();

    /** Waits until real-time screening has screened every ingest committed so far; false when the time ran out. */
    boolean awaitRealTimeScreening(Duration timeout) throws InterruptedException;

    RealTimeFigures realTimeFigures();
}
