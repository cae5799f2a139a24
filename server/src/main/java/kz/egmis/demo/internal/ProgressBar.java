package kz.egmis.demo.internal;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on the console: redrawn in place on a terminal, a line per tenth when the output is a file or a pipe
 * (so logs stay readable).
 */
public final class ProgressBar {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private int lastTenth = -1;

    public ProgressBar(PrintStream out, boolean terminal, long total) {
        this.out = out;
        this.terminal = terminal;
        this.total = Math.max(1, total);
    }

    synchronized void advance(long records, String what) {
        done += records;
        int tenth = (int) (done * 10 / total);
        if (terminal) {
            out.print("\r" + line(what) + "   ");
            out.flush();
        } else if (tenth != lastTenth) {
            out.println(line(what));
        }
        lastTenth = tenth;
    }

    synchronized void finish() {
        if (terminal) {
            out.println();
        }
    }

    private String line(String what) {
        int filled = (int) Math.min(WIDTH, done * WIDTH / total);
        double seconds = Math.max(0.001, (System.nanoTime() - started) / 1e9);
        return String.format(Locale.ROOT, "  Loading [%s%s] %3d%%  %,d / %,d records  %,.0f/s  %s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done * 100 / total, done, total, done / seconds, what);
    }
}
