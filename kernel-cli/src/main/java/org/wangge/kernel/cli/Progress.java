package org.wangge.kernel.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A textual spinner on stderr for work that takes more than a second: {@code \r| loading rules… 2.3 s},
 * rewritten in place with {@code \r} and wiped when the work ends. Shown only when enabled (stderr is
 * a terminal, or {@code --progress}); never writes to stdout.
 */
final class Progress implements AutoCloseable {

    /** How long work runs before the spinner shows; tests lower it. */
    static volatile long delayMillis = 1000;

    private static final String FRAMES = "|/-\\";

    private final PrintWriter err;
    private final String label;
    private final Thread thread;
    private volatile boolean done;
    private boolean shown;
    private int width;

    private Progress(PrintWriter err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        if (enabled) {
            thread = new Thread(this::spin, "wangge-progress");
            thread.setDaemon(true);
            thread.start();
        } else {
            thread = null;
        }
    }

    /**
     * Runs work with a spinner.
     *
     * @param err     where the spinner goes
     * @param enabled whether to show it at all
     * @param label   what is being done, e.g. {@code loading rules}
     * @param work    the work
     * @param <T>     its result type
     * @return its result
     */
    static <T> T run(PrintWriter err, boolean enabled, String label, Callable<T> work) {
        try (Progress p = new Progress(err, label, enabled)) {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void spin() {
        long start = System.nanoTime();
        try {
            Thread.sleep(delayMillis);
            int frame = 0;
            while (!done) {
                synchronized (this) {
                    if (done) {
                        return;
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    String line = FRAMES.charAt(frame++ % FRAMES.length()) + " " + label + "… "
                            + String.format(java.util.Locale.ROOT, "%.1f s", seconds);
                    width = Math.max(width, line.length());
                    err.print("\r" + line);
                    err.flush();
                    shown = true;
                }
                Thread.sleep(120);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        done = true;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (shown) {
                err.print("\r" + " ".repeat(width + 1) + "\r");
                err.flush();
            }
        }
    }
}
