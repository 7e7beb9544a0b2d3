package dev.cairn.bench.harness;

import dev.cairn.bench.tools.Psql;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The machine a run measured on.
 *
 * @param date when the run ended
 * @param cpus the processors available to the JVM ({@code nproc})
 * @param cpuModel the CPU model
 * @param memory total memory
 * @param os the operating system
 * @param jdk the JDK running the harness (and every fresh JVM)
 * @param postgres the server's version and settings that matter
 * @param psql psql's version, or why it is absent
 * @param loadAtStart {@code /proc/loadavg} when the run started
 * @param loadAtEnd {@code /proc/loadavg} when it ended
 */
public record Machine(
    String date,
    int cpus,
    String cpuModel,
    String memory,
    String os,
    String jdk,
    String postgres,
    String psql,
    String loadAtStart,
    String loadAtEnd) {

  /**
   * The load average now.
   *
   * @return the 1-, 5- and 15-minute load averages
   */
  public static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
      return f[0] + " / " + f[1] + " / " + f[2] + " (1 / 5 / 15 min)";
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static Machine collect(
      PostgresServer server, Optional<Path> psql, Path logDir, String loadAtStart) {
    return new Machine(
        ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME),
        Runtime.getRuntime().availableProcessors(),
        readCpuModel(),
        readMemory(),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " ("
            + System.getProperty("java.vm.vendor")
            + ")",
        postgres(server),
        psql.map(p -> Psql.version(p, logDir) + " at " + p).orElse(MigrationSuite.psqlMissing()),
        loadAtStart,
        loadAverage());
  }

  private static String readCpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException e) {
      return "unknown";
    }
    return "unknown";
  }

  private static String readMemory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("MemTotal:")) {
          long kb = Long.parseLong(line.substring(9).replace("kB", "").strip());
          return String.format(java.util.Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
    return "unknown";
  }

  private static String postgres(PostgresServer server) {
    try (ScratchDatabase db = server.createDatabase("facts");
        Connection c = db.connect();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "select current_setting('server_version'), current_setting('fsync'),"
                    + " current_setting('synchronous_commit'), current_setting('shared_buffers')")) {
      rs.next();
      return "PostgreSQL "
          + rs.getString(1)
          + (server.isEmbedded() ? " (embedded, zonky binaries" : " (external server")
          + "; fsync="
          + rs.getString(2)
          + ", synchronous_commit="
          + rs.getString(3)
          + ", shared_buffers="
          + rs.getString(4)
          + ")";
    } catch (SQLException e) {
      return "unknown: " + e.getMessage();
    }
  }
}
