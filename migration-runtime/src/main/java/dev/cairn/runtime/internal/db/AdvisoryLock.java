package dev.cairn.runtime.internal.db;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.LockTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migration lock: a <em>session-level</em> advisory lock, so that statements PostgreSQL refuses
 * inside a transaction ({@code CREATE INDEX CONCURRENTLY}) can run while it is held. Taken by
 * polling {@code pg_try_advisory_lock} with backoff (a blocking {@code pg_advisory_lock} could not
 * honour a timeout without touching {@code lock_timeout}), released explicitly because a pooled
 * connection's session outlives Cairn.
 */
public final class AdvisoryLock {
  private static final Logger LOG = LoggerFactory.getLogger("dev.cairn.runtime");

  /** The name Atlas hashes into its {@code migrate apply} lock key. */
  public static final String ATLAS_LOCK_NAME = "atlas_migrate_execute";

  /**
   * Atlas's key for {@link #ATLAS_LOCK_NAME}: 32-bit FNV-1 of the name as a non-negative bigint.
   * Using it means Cairn and the Atlas CLI never migrate the same database at the same time.
   */
  public static final long DEFAULT_KEY = fnv1(ATLAS_LOCK_NAME);

  private AdvisoryLock() {}

  /**
   * 32-bit FNV-1 (multiply, then xor), as Go's {@code hash/fnv.New32}.
   *
   * @param name the lock name
   * @return the hash as an unsigned value
   */
  public static long fnv1(String name) {
    int h = 0x811c9dc5;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h *= 0x01000193;
      h ^= (b & 0xff);
    }
    return h & 0xffffffffL;
  }

  /**
   * Takes the lock, waiting up to {@code timeout}.
   *
   * @param c the connection whose session will hold the lock
   * @param key the lock key
   * @param timeout how long to wait; zero tries once
   * @throws LockTimeoutException when the lock stays taken
   */
  public static void acquire(Connection c, long key, Duration timeout) {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    long sleepMs = 25;
    boolean logged = false;
    try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      ps.setLong(1, key);
      while (true) {
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          if (rs.getBoolean(1)) {
            if (logged) {
              LOG.info(
                  "Took the migration lock after waiting {} ms",
                  (System.nanoTime() - start) / 1_000_000);
            }
            return;
          }
        }
        long now = System.nanoTime();
        if (now >= deadline) {
          throw timeout(c, key, Duration.ofNanos(now - start));
        }
        if (!logged) {
          logged = true;
          LOG.info(
              "Waiting up to {} s for the migration lock (advisory lock {}): {}",
              timeout.toSeconds(),
              key,
              describeHolder(c, key));
        }
        // Jitter spreads many instances that started together.
        long jitter = ThreadLocalRandom.current().nextLong(sleepMs / 2 + 1);
        long sleep = Math.min(sleepMs + jitter, Math.max(1, (deadline - now) / 1_000_000));
        try {
          Thread.sleep(sleep);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new CairnException(
              ErrorCode.LOCK_TIMEOUT, "Interrupted while waiting for the migration lock " + key);
        }
        sleepMs = Math.min(sleepMs * 2, 1_000);
      }
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DATABASE_ERROR,
          "Could not take the migration lock (advisory lock "
              + key
              + "): "
              + e.getMessage()
              + ". Check that the database is reachable and retry.",
          e);
    }
  }

  /**
   * Releases the lock. A failure is logged, not thrown: closing the session releases it anyway, and
   * a release error must not hide the migration's own outcome.
   *
   * @param c the connection holding the lock
   * @param key the lock key
   */
  public static void release(Connection c, long key) {
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT pg_advisory_unlock(" + key + ")")) {
        if (rs.next() && !rs.getBoolean(1)) {
          LOG.warn("The migration lock {} was not held when Cairn released it", key);
        }
      }
    } catch (SQLException e) {
      LOG.warn(
          "Could not release the migration lock {} ({}); it is released when the connection"
              + " closes",
          key,
          e.getMessage());
    }
  }

  private static LockTimeoutException timeout(Connection c, long key, Duration waited) {
    Holder h = holder(c, key);
    StringBuilder sb =
        new StringBuilder("Timed out after ")
            .append(waited.toMillis())
            .append(" ms waiting for the migration lock (PostgreSQL advisory lock ")
            .append(key)
            .append(" in this database), ");
    sb.append(h == null ? "held by a session Cairn cannot see" : "held by " + h.describe());
    sb.append(
        ". Another migrator is probably still applying migrations: let it finish and retry, or"
            + " allow a longer lock timeout.");
    if (h != null) {
      sb.append(" If that session is stuck, end it with SELECT pg_terminate_backend(")
          .append(h.pid)
          .append(");");
    }
    return new LockTimeoutException(
        key, h == null ? null : h.pid, h == null ? null : h.application, waited, sb.toString());
  }

  private static String describeHolder(Connection c, long key) {
    Holder h = holder(c, key);
    return h == null ? "held by another session" : "held by " + h.describe();
  }

  private record Holder(
      int pid,
      String application,
      String user,
      String client,
      String backendStart,
      String state,
      String query) {
    String describe() {
      StringBuilder sb = new StringBuilder("pid ").append(pid);
      if (application != null && !application.isEmpty()) {
        sb.append(", application_name '").append(application).append('\'');
      }
      if (user != null) {
        sb.append(", user '").append(user).append('\'');
      }
      if (client != null) {
        sb.append(", client ").append(client);
      }
      if (backendStart != null) {
        sb.append(", connected since ").append(backendStart);
      }
      if (state != null) {
        sb.append(", state '").append(state).append('\'');
      }
      if (query != null && !query.isBlank()) {
        sb.append(", last statement: ").append(Sql.abbreviate(query, 120));
      }
      return sb.toString();
    }
  }

  private static Holder holder(Connection c, long key) {
    String sql =
        "SELECT l.pid, a.application_name, a.usename::text, a.client_addr::text,"
            + " a.backend_start::text, a.state, a.query"
            + " FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.locktype = 'advisory' AND l.granted"
            + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            + " AND l.classid = ?::bigint::oid AND l.objid = ?::bigint::oid AND l.objsubid = 1"
            + " AND l.pid <> pg_backend_pid() LIMIT 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, key >>> 32);
      ps.setLong(2, key & 0xffffffffL);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new Holder(
            rs.getInt(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7));
      }
    } catch (SQLException e) {
      LOG.debug("Could not read who holds the migration lock", e);
      return null;
    }
  }
}
