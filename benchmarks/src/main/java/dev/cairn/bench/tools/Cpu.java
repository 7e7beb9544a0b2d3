package dev.cairn.bench.tools;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time, the figure that stays meaningful when other processes load the machine: wall-clock time
 * on a busy machine mostly measures waiting for a core, CPU time measures the work. Three sources:
 * the calling thread (an in-process tool), a whole process ({@code /proc/PID/stat}, with the time
 * of the children it waited for), and the PostgreSQL server (its postmaster with the backends it
 * has reaped, plus its live processes).
 */
public final class Cpu {
  /** Linux's clock tick; {@code getconf CLK_TCK} is 100 on every common kernel. */
  private static final double TICK_NANOS = 1e9 / 100;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Cpu() {}

  /**
   * The calling thread's CPU time.
   *
   * @return nanoseconds
   */
  public static long threadNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /**
   * This JVM's CPU time (all threads, JIT and GC included).
   *
   * @return nanoseconds, or -1 when unavailable
   */
  public static long processNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(-1L);
  }

  /**
   * The CPU time in a {@code /proc/PID/stat} line.
   *
   * @param stat the line
   * @param withChildren whether to add the time of waited-for children ({@code cutime}, {@code
   *     cstime})
   * @return nanoseconds
   */
  public static long statNanos(String stat, boolean withChildren) {
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    if (withChildren) {
      ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
    }
    return (long) (ticks * TICK_NANOS);
  }

  /**
   * The CPU time of a PostgreSQL server running on this machine, found through one of its backends.
   */
  public static final class Server {
    private final long postmaster;

    private Server(long postmaster) {
      this.postmaster = postmaster;
    }

    /**
     * Finds the server behind a database, if it runs on this machine and {@code /proc} shows it.
     *
     * @param target any database of the server
     * @return the server's CPU meter, or empty
     */
    public static Optional<Server> of(Target target) {
      // The connection stays open while /proc is read: its backend ends when it closes.
      try (java.sql.Connection c = target.dataSource().getConnection();
          java.sql.Statement st = c.createStatement();
          java.sql.ResultSet rs = st.executeQuery("select pg_backend_pid()")) {
        rs.next();
        long backend = rs.getLong(1);
        for (String line :
            Files.readAllLines(
                Path.of("/proc", Long.toString(backend), "status"), StandardCharsets.US_ASCII)) {
          if (line.startsWith("PPid:")) {
            long pm = Long.parseLong(line.substring(5).strip());
            String cmd = Files.readString(Path.of("/proc", Long.toString(pm), "cmdline"));
            return cmd.contains("postgres") ? Optional.of(new Server(pm)) : Optional.empty();
          }
        }
        return Optional.empty();
      } catch (IOException | java.sql.SQLException | RuntimeException e) {
        return Optional.empty();
      }
    }

    /**
     * The server's CPU time so far: the postmaster's own and that of the backends it reaped, plus
     * its live processes'. Take differences around a run, after its connections have closed.
     *
     * @return nanoseconds
     */
    public long nanos() {
      long total = read(postmaster, true);
      for (ProcessHandle child :
          (Iterable<ProcessHandle>)
              ProcessHandle.of(postmaster).map(ProcessHandle::children).orElseThrow()::iterator) {
        total += Math.max(0, read(child.pid(), false));
      }
      return total;
    }

    /**
     * Waits until the server has no more backends than it had with none connected: a tool's closed
     * connections are ended and their CPU time is counted in the postmaster's.
     *
     * @param baseline the number of server processes with no client
     */
    public void settle(long baseline) {
      for (int i = 0; i < 100 && processes() > baseline; i++) {
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    /**
     * The number of server processes now.
     *
     * @return the count of the postmaster's children
     */
    public long processes() {
      return ProcessHandle.of(postmaster).map(p -> p.children().count()).orElse(0L);
    }

    private static long read(long pid, boolean withChildren) {
      try {
        return statNanos(
            Files.readString(Path.of("/proc", Long.toString(pid), "stat")), withChildren);
      } catch (IOException | RuntimeException e) {
        return -1;
      }
    }
  }
}
