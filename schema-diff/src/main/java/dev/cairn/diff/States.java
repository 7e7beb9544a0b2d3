package dev.cairn.diff;

import dev.cairn.diff.model.Database;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The two states of a diff, loaded side by side.
 *
 * <p>Why: each state is built by executing SQL on its own clean dev database and inspecting it —
 * for a large model that is seconds of server work per state, and the two do not depend on each
 * other. When the dev database hands out independent databases ({@link DevDatabase#concurrent()}),
 * the current state is loaded on a second thread while the caller's thread loads the desired one
 * (which usually also runs the entity loader), so a two-core machine does both at once. Otherwise
 * they are loaded one after the other.
 *
 * @param current the current state (e.g. the replayed migration directory)
 * @param desired the desired state (e.g. the entities)
 */
public record States(Database current, Database desired) {

  /**
   * Creates the pair.
   *
   * @param current the current state
   * @param desired the desired state
   */
  public States {
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(desired, "desired");
  }

  /**
   * Loads both states, side by side where the dev database allows it.
   *
   * @param dev the dev database both load on
   * @param current loads the current state (runs on a second thread when concurrent)
   * @param desired loads the desired state (runs on the calling thread)
   * @return both states
   * @throws RuntimeException whatever either loader throws; when both fail, the current state's
   *     failure, with the desired state's attached as suppressed
   */
  public static States load(
      DevDatabase dev, Supplier<Database> current, Supplier<Database> desired) {
    if (!dev.concurrent()) {
      Database c = current.get();
      return new States(c, desired.get());
    }
    ExecutorService pool =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "cairn-current-state");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<Database> c = pool.submit(current::get);
      Database d;
      try {
        d = desired.get();
      } catch (RuntimeException | Error e) {
        RuntimeException first = failureOf(c);
        if (first != null) {
          first.addSuppressed(e);
          throw first;
        }
        throw e;
      }
      return new States(join(c), d);
    } finally {
      pool.shutdown();
    }
  }

  /** The current state's failure once it has finished, or null when it succeeded. */
  private static RuntimeException failureOf(Future<Database> f) {
    try {
      join(f);
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static Database join(Future<Database> f) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return f.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
