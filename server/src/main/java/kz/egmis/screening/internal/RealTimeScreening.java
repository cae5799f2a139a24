package kz.egmis.screening.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kz.egmis.ingestion.RecordsStored;
import kz.egmis.screening.ScreeningPasses;

/**
 * Real time: after a committed ingest (its records wait in {@link PendingRecords}) a scoped pass re-screens what the
 * waiting records may have changed once ingests have been quiet for {@code EGMIS_SCREENING_QUIET_MILLIS}, or at the
 * latest {@code EGMIS_SCREENING_MAX_DELAY_MILLIS} after the first waiting ingest, so a long stream of batches costs a
 * pass now and then, not one per batch. Records that arrive during a pass wait for the next one.
 */
@Component
class RealTimeScreening implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RealTimeScreening.class);

    private final ScreeningRunner runner;
    private final PendingRecords pending;
    private final boolean enabled;
    private final long quietMillis;
    private final long maximumDelayMillis;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "screening-real-time");
        thread.setDaemon(true);
        return thread;
    });
    private long firstWaiting = -1;
    private long lastRequest;
    private boolean passing;
    private long scopedPasses;
    private long fullPasses;
    private ScreeningPasses.Figures latest;
    private volatile boolean stopping;

    RealTimeScreening(ScreeningRunner runner, PendingRecords pending,
                      @Value("${egmis.screening.real-time:true}") boolean enabled,
                      @Value("${egmis.screening.quiet-millis:1000}") long quietMillis,
                      @Value("${egmis.screening.max-delay-millis:30000}") long maximumDelayMillis) {
        this.runner = runner;
        this.pending = pending;
        this.enabled = enabled;
        this.quietMillis = quietMillis;
        this.maximumDelayMillis = maximumDelayMillis;
    }

    @EventListener
    synchronized void recordsStored(RecordsStored event) {
        if (!enabled || stopping) {
            return;
        }
        lastRequest = System.currentTimeMillis();
        if (firstWaiting < 0) {
            firstWaiting = lastRequest;
            executor.schedule(this::passWhenDue, quietMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Waits until no ingest waits for screening and no pass runs; false when the time ran out first. */
    synchronized boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (enabled && (passing || firstWaiting >= 0 || !pending.isEmpty())) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    synchronized ScreeningPasses.RealTimeFigures figures() {
        return new ScreeningPasses.RealTimeFigures(scopedPasses, fullPasses, latest);
    }

    private void passWhenDue() {
        if (stopping) {
            return;
        }
        synchronized (this) {
            long now = System.currentTimeMillis();
            long due = Math.min(lastRequest + quietMillis, firstWaiting + maximumDelayMillis);
            if (now < due) {
                executor.schedule(this::passWhenDue, due - now, TimeUnit.MILLISECONDS);
                return;
            }
            firstWaiting = -1;
            passing = true;
        }
        try {
            ScreeningPasses.Figures figures = runner.runScopedPass();
            synchronized (this) {
                if (figures != null) {
                    latest = figures;
                    if (figures.full()) {
                        fullPasses++;
                    } else {
                        scopedPasses++;
                    }
                }
            }
        } catch (RuntimeException e) {
            if (!stopping) {
                // the next ingest or an explicit run tries again; an ingest must never fail because of screening
                LOG.warn("SCREENING_REAL_TIME_FAILED: screening after an ingest failed: {}", e.getMessage());
                retryLater();
            }
        } finally {
            synchronized (this) {
                passing = false;
                notifyAll();
            }
        }
    }

    /** The records of a failed pass wait for the next one (the runner gave them back), tried after the longest delay. */
    private synchronized void retryLater() {
        if (firstWaiting < 0) {
            firstWaiting = lastRequest = System.currentTimeMillis();
            executor.schedule(this::passWhenDue, maximumDelayMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        // a pass in flight finishes before the database goes away
        executor.awaitTermination(60, TimeUnit.SECONDS);
    }
}
