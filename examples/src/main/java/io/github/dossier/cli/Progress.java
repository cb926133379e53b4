package io.github.dossier.cli;

import java.io.PrintWriter;

/**
 * A progress display on standard error: a redrawn bar on a terminal, a line every ten percent (or
 * every few seconds) otherwise, so logs of non-interactive runs stay short.
 */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private long done;
  private long lastDrawNanos;
  private int lastDecile = -1;

  Progress(PrintWriter err, String label, long total, boolean terminal) {
    this.err = err;
    this.label = label;
    this.total = Math.max(total, 0);
    this.terminal = terminal;
  }

  /** Whether standard error looks like an interactive terminal. */
  static boolean onTerminal() {
    return System.console() != null && System.getenv("CI") == null;
  }

  void step(String detail) {
    done++;
    long now = System.nanoTime();
    if (terminal) {
      if (now - lastDrawNanos > 100_000_000L || done == total) {
        lastDrawNanos = now;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * Math.min(done, total) / total);
        String bar = "#".repeat(filled) + " ".repeat(WIDTH - filled);
        String d = detail == null ? "" : detail;
        if (d.length() > 40) {
          d = "…" + d.substring(d.length() - 39);
        }
        err.printf("\r%s [%s] %d/%d %-40s", label, bar, done, total, d);
        err.flush();
      }
    } else {
      int decile = total == 0 ? 10 : (int) (10 * done / total);
      if (decile != lastDecile && (decile > lastDecile) && (now - lastDrawNanos > 2_000_000_000L || done == total)) {
        lastDecile = decile;
        lastDrawNanos = now;
        err.printf("%s: %d/%d (%d%%)%n", label, done, total, total == 0 ? 100 : 100 * done / total);
        err.flush();
      }
    }
  }

  /** Ends the display (a newline after a redrawn bar). */
  void finish() {
    if (terminal) {
      err.println();
      err.flush();
    }
  }

  double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
