package io.github.inddragelse.examples.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, like {@code [=====>    ] 37/120}, redrawn in place. Drawn only
 * when enabled (the tool enables it for long batches when it runs in a terminal); otherwise every
 * call does nothing, so output piped to a file or another program stays clean.
 */
final class Progress {

    /** Batches shorter than this get no bar. */
    static final int LONG_BATCH = 10;

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total >= LONG_BATCH;
    }

    void step() {
        done++;
        if (enabled) {
            err.print("\r" + bar(Math.min(done, total), total, WIDTH));
            err.flush();
        }
    }

    void finish() {
        if (enabled) {
            err.print("\r" + " ".repeat(WIDTH + 4 + 2 * String.valueOf(total).length() + 1) + "\r");
            err.flush();
        }
    }

    /**
     * Draws the bar.
     *
     * @param done how many are done
     * @param total how many there are, at least 1
     * @param width the width inside the brackets
     * @return for example {@code [=====>    ] 37/120}
     */
    static String bar(int done, int total, int width) {
        int filled = total <= 0 ? width : (int) ((long) done * width / total);
        StringBuilder b = new StringBuilder(width + 16).append('[');
        b.append("=".repeat(filled));
        if (filled < width) {
            b.append('>').append(" ".repeat(width - filled - 1));
        }
        return b.append("] ").append(done).append('/').append(total).toString();
    }
}
