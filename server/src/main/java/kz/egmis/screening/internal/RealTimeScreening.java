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

/**
 * Real time: every committed ingest asks for a pass. The pass runs once ingests have been quiet for
 * {@code EGMIS_SCREENING_QUIET_MILLIS}, or at the latest {@code EGMIS_SCREENING_MAX_DELAY_MILLIS} after the
 * first waiting request, so a long stream of batches costs a pass now and then, not one per batch. The pass is
 * a full one for now: rules are not yet scoped to the keys an ingest touched.
 */
@Component
class RealTimeScreening implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RealTimeScreening.class);

    private final ScreeningRunner runner;
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
    private volatile boolean stopping;

    RealTimeScreening(ScreeningRunner runner, @Value("${egmis.screening.real-time:true}") boolean enabled,
                      @Value("${egmis.screening.quiet-millis:1000}") long quietMillis,
                      @Value("${egmis.screening.max-delay-millis:30000}") long maximumDelayMillis) {
        this.runner = runner;
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
        }
        try {
            runner.runFullPass();
        } catch (RuntimeException e) {
            if (!stopping) {
                // the next ingest or an explicit run tries again; an ingest must never fail because of screening
                LOG.warn("SCREENING_REAL_TIME_FAILED: screening after an ingest failed: {}", e.getMessage());
            }
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
