package dev.cairn.bench.tools;

import dev.cairn.bench.corpus.MigrationCorpus;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL's own client, the floor every migration tool is compared with: it sends the files and
 * records nothing. Two ways: one session that includes every file ({@code \i}, each between {@code
 * BEGIN} and {@code COMMIT}, as the tools run a file in a transaction), and one {@code psql -1}
 * process per file from a shell loop.
 */
public final class Psql {
  private static final Duration TIMEOUT = Duration.ofHours(1);

  private Psql() {}

  /**
   * Finds psql: {@code $PSQL}, then the {@code PATH}, then {@code /usr/bin/psql}.
   *
   * @return its path, or empty when it is not installed
   */
  public static Optional<Path> locate() {
    List<Path> candidates = new ArrayList<>();
    String env = System.getenv("PSQL");
    if (env != null && !env.isBlank()) {
      candidates.add(Path.of(env));
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, "psql"));
        }
      }
    }
    candidates.add(Path.of("/usr/bin/psql"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  /**
   * psql's version line.
   *
   * @param psql the executable
   * @param logDir where to put its output
   * @return e.g. {@code psql (PostgreSQL) 15.18}
   */
  public static String version(Path psql, Path logDir) {
    return ProcessRun.run(
            List.of(psql.toString(), "--version"), Map.of(), logDir, Duration.ofMinutes(1), false)
        .requireSuccess("psql --version")
        .stdout()
        .strip();
  }

  /**
   * Applies the corpus in one psql session.
   *
   * @param psql the executable
   * @param corpus the corpus
   * @param t the database
   * @param logDir where to put psql's output
   * @return the run (its peak RSS sampled)
   */
  public static ProcessRun session(Path psql, MigrationCorpus corpus, Target t, Path logDir) {
    List<String> cmd = new ArrayList<>(base(psql, t));
    cmd.addAll(List.of("-f", corpus.psqlScript().toString()));
    return ProcessRun.run(cmd, env(t), logDir, TIMEOUT, true).requireSuccess("psql session");
  }

  /**
   * Applies the corpus with one {@code psql -1 -f FILE} process per file, from a shell loop.
   *
   * @param psql the executable
   * @param corpus the corpus
   * @param t the database
   * @param logDir where to put the output and the file list
   * @return the run
   */
  public static ProcessRun perFile(Path psql, MigrationCorpus corpus, Target t, Path logDir) {
    try {
      Files.createDirectories(logDir);
      Path list = logDir.resolve("psql-files-" + corpus.size() + ".txt");
      List<String> lines = new ArrayList<>();
      corpus.files().forEach(f -> lines.add(f.toAbsolutePath().toString()));
      Files.write(list, lines, StandardCharsets.UTF_8);
      StringBuilder line = new StringBuilder();
      for (String a : base(psql, t)) {
        line.append('\'').append(a.replace("'", "'\\''")).append("' ");
      }
      String script =
          "while IFS= read -r f; do " + line + "-1 -f \"$f\" || exit 1; done < '" + list + "'";
      return ProcessRun.run(List.of("/bin/sh", "-c", script), env(t), logDir, TIMEOUT, false)
          .requireSuccess("psql per file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> base(Path psql, Target t) {
    return List.of(
        psql.toString(),
        "-X",
        "-q",
        "-v",
        "ON_ERROR_STOP=1",
        "-h",
        t.host(),
        "-p",
        Integer.toString(t.port()),
        "-U",
        t.user(),
        "-d",
        t.database());
  }

  private static Map<String, String> env(Target t) {
    Map<String, String> env = new HashMap<>();
    if (t.passwordOrNull() != null) {
      env.put("PGPASSWORD", t.password());
    }
    return env;
  }
}
