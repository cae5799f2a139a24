package kz.egmis.screening.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kz.egmis.ingestion.RecordsStored;

/**
 * Real time: every committed ingest asks for a pass; requests arriving while one is queued join it (debounced by
 * 200 ms), so a stream of batches costs one pass after its burst, not one per batch. The pass is a full one for
 * now: rules are not yet scoped to the keys an ingest touched.
 */
@Component
class RealTimeScreening implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RealTimeScreening.class);
    private static final long DEBOUNCE_MILLIS = 200;

    private final ScreeningRunner runner;
    private final boolean enabled;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "screening-real-time");
        thread.setDaemon(true);
        return thread;
    });

    RealTimeScreening(ScreeningRunner runner, @Value("${egmis.screening.real-time:true}") boolean enabled) {
        this.runner = runner;
        this.enabled = enabled;
    }

    @EventListener
    void recordsStored(RecordsStored event) {
        if (enabled && queued.compareAndSet(false, true)) {
            executor.schedule(this::pass, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void pass() {
        queued.set(false);
        try {
            runner.runFullPass();
        } catch (RuntimeException e) {
            // the next ingest or an explicit run tries again; an ingest must never fail because of screening
            LOG.warn("SCREENING_REAL_TIME_FAILED: screening after an ingest failed: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
