package dev.cairn.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Many migrators at once, and migrators killed at random points, on one database. */
@WithPostgres
class ReliabilityTest {
  static final int FILES = 30;

  /**
   * Transactional files log their version into a table with a primary key (running one twice
   * fails); every fifth file runs without a transaction, with idempotent statements, as such files
   * must be (a statement can complete after its process died, before its progress is recorded).
   */
  static TestDir corpus(double sleepSeconds) {
    TestDir dir =
        TestDir.create()
            .add(
                String.format("%03d_base.sql", 0),
                "CREATE TABLE log (version text PRIMARY KEY);\nCREATE TABLE log_nt (version text PRIMARY KEY);\n");
    for (int i = 1; i < FILES; i++) {
      String v = String.format("%03d", i);
      if (i % 5 == 0) {
        dir.add(
            v + "_online.sql",
            "-- atlas:txmode none\n\n"
                + "CREATE TABLE IF NOT EXISTS nt_"
                + v
                + " (id int);\n"
                + "INSERT INTO log_nt VALUES ('"
                + v
                + "') ON CONFLICT DO NOTHING;\n"
                + "SELECT pg_sleep("
                + sleepSeconds
                + ");\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS nt_"
                + v
                + "_idx ON nt_"
                + v
                + " (id);\n");
      } else {
        dir.add(
            v + "_step.sql",
            "CREATE TABLE t_"
                + v
                + " (id int);\nINSERT INTO log VALUES ('"
                + v
                + "');\nSELECT pg_sleep("
                + sleepSeconds
                + ");\n");
      }
    }
    return dir;
  }

  static void assertFullyMigrated(ScratchDatabase db) {
    assertThat(
            Db.rows(
                db,
                "SELECT count(*), count(*) FILTER (WHERE applied = total AND total > 0"
                    + " AND coalesce(error, '') = '' AND type = 2) FROM "
                    + Db.REVISIONS))
        .containsExactly(List.of(String.valueOf(FILES), String.valueOf(FILES)));
    int tx = 0;
    int nt = 0;
    for (int i = 1; i < FILES; i++) {
      if (i % 5 == 0) {
        nt++;
      } else {
        tx++;
      }
    }
    assertThat(Db.value(db, "SELECT count(*) FROM log")).isEqualTo(String.valueOf(tx));
    assertThat(Db.value(db, "SELECT count(*) FROM log_nt")).isEqualTo(String.valueOf(nt));
    assertThat(
            Db.value(
                db,
                "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                    + " WHERE c.relname LIKE 'nt\\_%\\_idx' AND i.indisvalid"))
        .isEqualTo(String.valueOf(nt));
    assertThat(
            Db.value(
                db,
                "SELECT count(*) FROM pg_class WHERE relname ~ '^(t|nt)_[0-9]{3}$' AND relkind = 'r'"))
        .isEqualTo(String.valueOf(FILES - 1));
  }

  @Test
  void eightConcurrentThreadsApplyEachFileExactlyOnce(ScratchDatabase db) throws Exception {
    TestDir dir = corpus(0.005);
    int n = 8;
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<MigrateResult>> results = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return dir.cairn(db).load().migrate();
              }));
    }
    start.countDown();
    int applied = 0;
    for (Future<MigrateResult> f : results) {
      MigrateResult r = f.get(2, TimeUnit.MINUTES);
      assertThat(r.currentVersion()).isEqualTo(String.format("%03d", FILES - 1));
      applied += r.appliedCount();
    }
    pool.shutdown();
    assertThat(applied).isEqualTo(FILES);
    assertFullyMigrated(db);
  }

  /** Only what a migrator needs: fewer jars to open makes eight JVMs start faster. */
  static String childClasspath() {
    List<String> keep = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String n = e.replace('\\', '/');
      if (n.contains("/target/") || n.contains("/postgresql/") || n.contains("/slf4j")) {
        keep.add(e);
      }
    }
    return String.join(File.pathSeparator, keep);
  }

  static Process spawn(ScratchDatabase db, TestDir dir, Path out) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xshare:auto",
            "-XX:-UsePerfData",
            "-cp",
            childClasspath(),
            MigrateMain.class.getName(),
            db.jdbcUrl(),
            db.user(),
            db.password(),
            dir.path().toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(out.toFile());
    return pb.start();
  }

  @Test
  void eightConcurrentProcessesApplyEachFileExactlyOnce(ScratchDatabase db) throws Exception {
    TestDir dir = corpus(0.005);
    List<Process> procs = new ArrayList<>();
    List<Path> outs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Path out = Files.createTempFile("cairn-migrator", ".log");
      outs.add(out);
      procs.add(spawn(db, dir, out));
    }
    int applied = 0;
    for (int i = 0; i < procs.size(); i++) {
      Process p = procs.get(i);
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
      String output = Files.readString(outs.get(i));
      assertThat(p.exitValue()).as(output).isZero();
      String line = output.lines().filter(l -> l.startsWith("applied=")).findFirst().orElseThrow();
      assertThat(line).endsWith("version=" + String.format("%03d", FILES - 1));
      applied += Integer.parseInt(line.substring("applied=".length(), line.indexOf(' ')));
    }
    assertThat(applied).isEqualTo(FILES);
    assertFullyMigrated(db);
  }

  @Test
  void migratorsKilledAtRandomPointsAlwaysConverge(ScratchDatabase db) throws Exception {
    TestDir dir = corpus(0.04);
    long seed = Long.getLong("cairn.test.seed", System.nanoTime());
    Random random = new Random(seed);
    int kills = 0;
    for (int round = 0; round < 6; round++) {
      Path out = Files.createTempFile("cairn-killed", ".log");
      Process p = spawn(db, dir, out);
      // Anywhere from JVM start-up (a few hundred ms) to the middle of the run.
      if (p.waitFor(200 + random.nextInt(1300), TimeUnit.MILLISECONDS)) {
        assertThat(p.exitValue()).as(Files.readString(out)).isZero();
      } else {
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        kills++;
      }
      Files.deleteIfExists(out);
    }
    System.out.println("kill test: seed " + seed + ", " + kills + " of 6 migrators killed");
    assertThat(kills).as("seed " + seed).isGreaterThanOrEqualTo(1);
    Path out = Files.createTempFile("cairn-final", ".log");
    Process last = spawn(db, dir, out);
    assertThat(last.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(out)).isZero();
    assertThat(Files.readString(out)).contains("version=" + String.format("%03d", FILES - 1));
    assertFullyMigrated(db);
  }
}
