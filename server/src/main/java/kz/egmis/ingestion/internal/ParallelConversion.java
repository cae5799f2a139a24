package kz.egmis.ingestion.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Converts the lines of one stream on all cores while the calling thread stores what is done: lines go out in
 * chunks to a shared pool and come back in their original order. At most {@code chunksInFlight} chunks are
 * out at once, so memory stays bounded whatever the size of the stream.
 */
public final class ParallelConversion<L, R> {

    private final ExecutorService pool;
    private final Function<L, R> conversion;
    private final Consumer<R> sink;
    private final int chunkSize;
    private final int chunksInFlight;
    private final Deque<Future<List<R>>> inFlight = new ArrayDeque<>();
    private List<L> chunk;

    public ParallelConversion(ExecutorService pool, int chunkSize, int chunksInFlight, Function<L, R> conversion,
                              Consumer<R> sink) {
        this.pool = pool;
        this.chunkSize = chunkSize;
        this.chunksInFlight = chunksInFlight;
        this.conversion = conversion;
        this.sink = sink;
        this.chunk = new ArrayList<>(chunkSize);
    }

    public void add(L line) {
        chunk.add(line);
        if (chunk.size() >= chunkSize) {
            dispatch();
        }
    }

    /** Converts what is left and hands every result to the sink, in order. */
    public void finish() {
        if (!chunk.isEmpty()) {
            dispatch();
        }
        while (!inFlight.isEmpty()) {
            drainOldest();
        }
    }

    private void dispatch() {
        List<L> lines = chunk;
        chunk = new ArrayList<>(chunkSize);
        inFlight.addLast(pool.submit(() -> lines.stream().map(conversion).toList()));
        while (inFlight.size() > chunksInFlight) {
            drainOldest();
        }
    }

    private void drainOldest() {
        Future<List<R>> oldest = inFlight.removeFirst();
        try {
            oldest.get().forEach(sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelAll();
            throw new IllegalStateException("interrupted while converting", e);
        } catch (ExecutionException e) {
            cancelAll();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            cancelAll();
            throw e;
        }
    }

    private void cancelAll() {
        inFlight.forEach(future -> future.cancel(true));
        inFlight.clear();
    }
}
