package dev.cairn.bench.harness;

import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** What every suite of a run shares: settings, the server, psql, the rows measured so far. */
final class Context {
  final Settings settings;
  final PostgresServer server;
  final Optional<Path> psql;
  final ChildRunner children;
  final Path logs;
  private final PrintStream out;
  private final List<Row> rows = new ArrayList<>();
  private final long startNanos = System.nanoTime();

  Context(Settings settings, PostgresServer server, Optional<Path> psql, PrintStream out) {
    this.settings = settings;
    this.server = server;
    this.psql = psql;
    this.out = out;
    this.logs = settings.work().resolve("logs");
    this.children = new ChildRunner(logs, settings.freshJvms());
  }

  void log(String format, Object... args) {
    double s = (System.nanoTime() - startNanos) / 1e9;
    out.printf(Locale.ROOT, "[%7.1fs] %s%n", s, String.format(Locale.ROOT, format, args));
    out.flush();
  }

  ScratchDatabase freshDatabase(String prefix) {
    return server.createDatabase(prefix);
  }

  /** The admin database's URL, for child JVMs that need a dev database on this server. */
  String adminUrl() {
    return server.jdbcUrl("postgres");
  }

  synchronized void add(Row row) {
    rows.add(row);
    if (row.measured()) {
      log(
          "%-32s %-40s %6d  median %10s%s  (n=%d)%s",
          row.section(),
          row.subject(),
          row.size(),
          Report.num(row.time().median()),
          row.section().equals(Sections.GUARD) ? "" : " ms",
          row.time().n(),
          row.note().isEmpty() ? "" : "  " + row.note());
    } else {
      log("%-32s %-40s %6d  skipped: %s", row.section(), row.subject(), row.size(), row.note());
    }
  }

  synchronized List<Row> rows() {
    return List.copyOf(rows);
  }

  /**
   * Runs tasks in order, or side by side when the settings allow it (smoke runs only: parallel
   * fresh JVMs disturb each other's figures).
   */
  <T> List<T> runAll(List<Callable<T>> tasks) {
    List<T> results = new ArrayList<>();
    if (!settings.parallelChildren()) {
      for (Callable<T> t : tasks) {
        try {
          results.add(t.call());
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> t : tasks) {
        futures.add(pool.submit(t));
      }
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** A list rotated by {@code by} places, so that no subject always runs first. */
  static <T> List<T> rotate(List<T> list, int by) {
    List<T> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      out.add(list.get((i + by) % list.size()));
    }
    return out;
  }

  static double millisSince(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }
}
