package kz.egmis.analytics.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import kz.egmis.analytics.AnalyticsUpdates;
import kz.egmis.ingestion.RecordsStored;

/**
 * Keeps the analytics tables current: the records each committed ingest stored wait here, and once ingests have been
 * quiet for {@code egmis.analytics.quiet-millis} (at the latest after {@code egmis.analytics.max-delay-millis}) one
 * update takes all of them, so a long stream of batches costs an update now and then, and never the ingest itself.
 */
@Component
class RealTimeAnalytics implements AnalyticsUpdates, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RealTimeAnalytics.class);

    private final AnalyticsUpdater updater;
    private final boolean enabled;
    private final long quietMillis;
    private final long maximumDelayMillis;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "analytics-real-time");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Set<RecordsStored.StoredRecord>> waiting = new LinkedHashMap<>();
    private long firstWaiting = -1;
    private long lastStored;
    private boolean updating;
    private long failed;
    private volatile boolean stopping;

    RealTimeAnalytics(AnalyticsUpdater updater, @Value("${egmis.analytics.real-time:true}") boolean enabled,
                      @Value("${egmis.analytics.quiet-millis:1000}") long quietMillis,
                      @Value("${egmis.analytics.max-delay-millis:30000}") long maximumDelayMillis) {
        this.updater = updater;
        this.enabled = enabled;
        this.quietMillis = quietMillis;
        this.maximumDelayMillis = maximumDelayMillis;
    }

    @EventListener
    synchronized void recordsStored(RecordsStored event) {
        if (!enabled || stopping) {
            return;
        }
        waiting.computeIfAbsent(event.sourceSystem(), source -> new LinkedHashSet<>()).addAll(event.records());
        lastStored = System.currentTimeMillis();
        if (firstWaiting < 0) {
            firstWaiting = lastStored;
            executor.schedule(this::updateWhenDue, quietMillis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * A server started on canonical data its analytics tables do not hold (the first start after this release, a
     * restored database) computes them once, in the background.
     */
    @EventListener(ApplicationReadyEvent.class)
    void computeWhenMissing() {
        if (enabled && updater.isEmptyWhileDataExists()) {
            executor.execute(() -> {
                LOG.info("Analytics tables are empty while records exist: computing them from every record");
                updateAllQuietly();
            });
        }
    }

    @Override
    public Figures updateAll() {
        return updater.updateAll();
    }

    @Override
    public Figures update(RecordsStored stored) {
        return updater.update(stored.sourceSystem(), stored.records());
    }

    @Override
    public synchronized boolean awaitCurrent(Duration timeout) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (updating || !waiting.isEmpty()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    @Override
    public synchronized long failedUpdates() {
        return failed;
    }

    private void updateWhenDue() {
        Map<String, Set<RecordsStored.StoredRecord>> batch;
        synchronized (this) {
            long now = System.currentTimeMillis();
            long due = Math.min(lastStored + quietMillis, firstWaiting + maximumDelayMillis);
            if (stopping) {
                return;
            }
            if (now < due) {
                executor.schedule(this::updateWhenDue, due - now, TimeUnit.MILLISECONDS);
                return;
            }
            batch = new LinkedHashMap<>(waiting);
            waiting.clear();
            firstWaiting = -1;
            updating = true;
        }
        try {
            batch.forEach((source, records) -> updater.update(source, List.copyOf(records)));
        } catch (RuntimeException e) {
            // the records of a failed update are not lost: a full update takes them in; an ingest never fails for it
            LOG.warn("ANALYTICS_UPDATE_FAILED: analytics after an ingest failed ({}); recomputing every figure",
                    e.getMessage());
            synchronized (this) {
                failed++;
            }
            updateAllQuietly();
        } finally {
            synchronized (this) {
                updating = false;
                notifyAll();
            }
        }
    }

    private void updateAllQuietly() {
        try {
            updater.updateAll();
        } catch (RuntimeException e) {
            LOG.warn("ANALYTICS_UPDATE_FAILED: figures lag until POST /api/analytics/update succeeds: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        executor.awaitTermination(60, TimeUnit.SECONDS);
    }
}
