package kz.egmis.screening;

import java.time.Duration;
import java.util.List;

/** Screening passes as other features may run and time them: the {@code bench} command uses it. */
public interface ScreeningPasses {

    /** One rule's part of a pass: how long its query took and how many offences it found. */
    record RuleFigures(String rule, long durationMs, long offences) {
    }

    /**
     * A pass: full (every record) or scoped (what the records ingests stored may have changed, real time); whether
     * it rebuilt the screening tables or only replaced the rows of those records; the time spent on the tables,
     * running the rules and reconciling the findings.
     */
    record Figures(boolean full, boolean tablesRebuilt, long offences, long durationMs, long tablesMs, long reconcileMs,
                   List<RuleFigures> rules) {
    }

    /** The real-time passes so far: how many were scoped, how many had to be full, and the latest (null before one). */
    record RealTimeFigures(long scopedPasses, long fullPasses, Figures latest) {
    }

    /**
     * A full pass over all data, as {@code POST /api/screening/run} runs it. The screening tables are rebuilt when
     * asked, or when they may be behind the canonical ones; otherwise only the rows of records stored since the last
     * pass are replaced.
     */
    Figures runFullPass(boolean rebuildTables);

    /** Waits until real-time screening has screened every ingest committed so far; false when the time ran out. */
    boolean awaitRealTimeScreening(Duration timeout) throws InterruptedException;

    RealTimeFigures realTimeFigures();
}
