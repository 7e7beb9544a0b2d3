package dev.cairn.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.ScratchDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The docs check: every command the documentation shows runs, so the pages cannot rot. The
 * convention (documented in {@code docs/README.md}) is an HTML comment on the line before a fenced
 * block:
 *
 * <ul>
 *   <li>{@code <!-- docs-check: run -->} before a {@code bash} block: the block runs; before a
 *       {@code sql} block: it runs as the administrator on {@code $DB_URL};
 *   <li>{@code <!-- docs-check: file PATH -->}: the block is the content of file PATH, written
 *       where the page's commands are at that point;
 *   <li>{@code <!-- docs-check: workflow -->} before a GitHub Actions {@code yaml} block: the
 *       {@code run:} scripts of its steps run in order;
 *   <li>{@code <!-- docs-check: skip: REASON -->}: the block does not run, for the reason given.
 * </ul>
 *
 * <p>Each page's blocks run in order in one {@code bash} ({@code set -eo pipefail}), from the
 * repository root, with {@code cli/} on the {@code PATH}, after the build: this is an integration
 * test, run by {@code mvn verify} once the jars exist. The two build commands the pages show
 * ({@link #BUILD_COMMANDS}) are what runs this check, so they are replaced by {@code true}. Each
 * page gets a fresh database on the embedded server: {@code DB_URL} (JDBC, without credentials),
 * {@code DB_ADMIN}, {@code DB_ADMIN_PASSWORD}, and a free port in {@code SERVER_PORT}.
 *
 * <p>On the pages Cairn's sample flow owns ({@link #STRICT}), every shell block must carry a marker
 * and every relative link must resolve; other pages opt in by marking blocks.
 */
class DocsIT {
  static final List<String> BUILD_COMMANDS =
      List.of("mvn -B -ntp -q package -DskipTests", "mvn -B -ntp verify");

  static final List<String> STRICT =
      List.of(
          "README.md",
          "docs/README.md",
          "docs/quickstart.md",
          "docs/concepts.md",
          "docs/howto-adopt.md",
          "docs/howto-ci.md",
          "docs/howto-environments.md",
          "docs/howto-users.md",
          "docs/directives.md",
          "docs/exit-codes.md");

  private static final Pattern MARKER = Pattern.compile("^<!--\\s*docs-check:\\s*(.*?)\\s*-->$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^\\s`]*)(.*)$");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final List<String> SHELLS = List.of("bash", "sh", "shell", "console");
  private static final Duration PAGE_TIMEOUT = Duration.ofMinutes(10);

  /** A fenced block and the marker before it (null when unmarked). */
  record Block(String page, int line, String language, String marker, String text) {}

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyMarkedBlockRuns() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    // -Ddocs.pages=quickstart,howto-ci runs only the pages whose path contains one of these.
    List<String> only =
        List.of(System.getProperty("docs.pages", "").split(",")).stream()
            .filter(p -> !p.isBlank())
            .toList();
    for (Path page : pages()) {
      if (!only.isEmpty() && only.stream().noneMatch(page.toString()::contains)) {
        continue;
      }
      List<Block> blocks = blocks(page);
      if (blocks.stream().anyMatch(b -> b.marker() != null && !b.marker().startsWith("skip"))) {
        String name = Repo.root().relativize(page).toString();
        tests.add(DynamicTest.dynamicTest(name, () -> run(name, blocks)));
      }
    }
    assertThat(tests).as("pages with runnable blocks").isNotEmpty();
    return tests.stream();
  }

  @Test
  void strictPagesMarkEveryShellBlock() throws IOException {
    List<String> unmarked = new ArrayList<>();
    List<String> badSkips = new ArrayList<>();
    for (String name : STRICT) {
      Path page = Repo.root().resolve(name);
      assertThat(page).as("strict page").exists();
      for (Block b : blocks(page)) {
        if (b.marker() == null && SHELLS.contains(b.language())) {
          unmarked.add(b.page() + ":" + b.line());
        }
        if (b.marker() != null
            && b.marker().startsWith("skip")
            && !b.marker().matches("skip:\\s*\\S.*")) {
          badSkips.add(b.page() + ":" + b.line());
        }
      }
    }
    assertThat(unmarked)
        .as("shell blocks without '<!-- docs-check: run -->' (or skip: REASON) on the line before")
        .isEmpty();
    assertThat(badSkips).as("'docs-check: skip' needs a reason: 'skip: REASON'").isEmpty();
  }

  @Test
  void strictPagesLinkOnlyToFilesThatExist() throws IOException {
    List<String> broken = new ArrayList<>();
    for (String name : STRICT) {
      Path page = Repo.root().resolve(name);
      String text = Files.readString(page);
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.contains("://") || target.startsWith("#") || target.startsWith("mailto:")) {
          continue;
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        if (!Files.exists(page.getParent().resolve(file))) {
          broken.add(name + " → " + target);
        }
      }
    }
    assertThat(broken).as("relative links to missing files").isEmpty();
  }

  @Test
  void theIndexLinksEveryPage() throws IOException {
    String index = Files.readString(Repo.root().resolve("docs/README.md"));
    List<String> linked = new ArrayList<>();
    Matcher m = LINK.matcher(index);
    while (m.find()) {
      String target = m.group(1);
      linked.add(target.contains("#") ? target.substring(0, target.indexOf('#')) : target);
    }
    List<String> unlisted = new ArrayList<>();
    for (Path page : pages()) {
      String name = page.getFileName().toString();
      if (page.getParent().endsWith("docs")
          && !name.equals("README.md")
          && !linked.contains(name)) {
        unlisted.add(name);
      }
    }
    assertThat(unlisted).as("docs pages docs/README.md does not link").isEmpty();
  }

  /** README.md and the pages under docs/. */
  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(Repo.root().resolve("README.md"));
    try (Stream<Path> docs = Files.list(Repo.root().resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  static List<Block> blocks(Path page) throws IOException {
    String name = Repo.root().relativize(page).toString();
    List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher open = FENCE.matcher(lines.get(i));
      if (!open.matches()) {
        continue;
      }
      String fence = open.group(1);
      String language = open.group(2).toLowerCase(java.util.Locale.ROOT);
      int start = i;
      StringBuilder text = new StringBuilder();
      i++;
      while (i < lines.size() && !lines.get(i).strip().startsWith(fence)) {
        text.append(lines.get(i)).append('\n');
        i++;
      }
      String marker = null;
      for (int j = start - 1; j >= 0; j--) {
        if (!lines.get(j).isBlank()) {
          Matcher m = MARKER.matcher(lines.get(j).strip());
          marker = m.matches() ? m.group(1) : null;
          break;
        }
      }
      blocks.add(new Block(name, start + 1, language, marker, text.toString()));
    }
    return blocks;
  }

  /** Turns a page's marked blocks into one bash script, in order. */
  static String script(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    sb.append("set -eo pipefail\n");
    sb.append("cd \"$DOCS_ROOT\"\n");
    sb.append("export PATH=\"$DOCS_ROOT/cli:$DOCS_BIN:$PATH\"\n");
    for (Block b : blocks) {
      if (b.marker() == null || b.marker().startsWith("skip")) {
        continue;
      }
      sb.append("\n# --- ").append(b.page()).append(':').append(b.line()).append('\n');
      if (b.marker().equals("run") && b.language().equals("sql")) {
        sb.append("docs-sql <<'CAIRN_DOCS_SQL'\n").append(b.text()).append("CAIRN_DOCS_SQL\n");
      } else if (b.marker().equals("run")) {
        if (!SHELLS.contains(b.language())) {
          throw new AssertionError(b.page() + ":" + b.line() + ": 'run' on a " + b.language());
        }
        sb.append(withoutBuilds(b.text()));
      } else if (b.marker().startsWith("file ")) {
        String path = b.marker().substring("file ".length()).strip();
        sb.append("mkdir -p \"$(dirname '").append(path).append("')\"\n");
        sb.append("cat > '")
            .append(path)
            .append("' <<'CAIRN_DOCS_FILE'\n")
            .append(b.text())
            .append("CAIRN_DOCS_FILE\n");
      } else if (b.marker().equals("workflow")) {
        for (String step : runSteps(b)) {
          sb.append(withoutBuilds(step)).append('\n');
        }
      } else {
        throw new AssertionError(
            b.page() + ":" + b.line() + ": unknown docs-check marker '" + b.marker() + "'");
      }
    }
    return sb.toString();
  }

  static String withoutBuilds(String text) {
    String t = text;
    for (String build : BUILD_COMMANDS) {
      t = t.replace(build, "true");
    }
    return t;
  }

  @SuppressWarnings("unchecked")
  static List<String> runSteps(Block b) {
    Object root = new Yaml().load(b.text());
    List<String> runs = new ArrayList<>();
    Map<String, Object> jobs = (Map<String, Object>) ((Map<String, Object>) root).get("jobs");
    if (jobs == null) {
      throw new AssertionError(b.page() + ":" + b.line() + ": a workflow block needs jobs:");
    }
    for (Object job : jobs.values()) {
      for (Object step : (List<Object>) ((Map<String, Object>) job).get("steps")) {
        Object run = ((Map<String, Object>) step).get("run");
        if (run != null) {
          runs.add(run.toString());
        }
      }
    }
    return runs;
  }

  private void run(String page, List<Block> blocks) throws IOException, InterruptedException {
    Path work = Files.createDirectories(tmp.resolve(page.replace('/', '_')));
    Path bin = Files.createDirectories(work.resolve("bin"));
    writeSqlHelper(bin);
    Path script = work.resolve("page.sh");
    Files.writeString(script, script(blocks));
    Path log =
        Files.createDirectories(Path.of("target", "docs-check"))
            .resolve(work.getFileName() + ".log");

    try (ScratchDatabase db = PostgresServer.shared().createDatabase("docs")) {
      ProcessBuilder pb =
          new ProcessBuilder("bash", script.toString())
              .directory(Repo.root().toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = pb.environment();
      env.put("DOCS_ROOT", Repo.root().toString());
      env.put("DOCS_BIN", bin.toString());
      env.put("DB_URL", db.jdbcUrl());
      env.put("DB_ADMIN", db.user());
      env.put("DB_ADMIN_PASSWORD", db.password() == null ? "" : db.password());
      env.put("SERVER_PORT", String.valueOf(freePort()));
      // The check must not inherit settings meant for the build that runs it.
      env.keySet().removeIf(k -> k.startsWith("CAIRN_") && !k.startsWith("CAIRN_TEST_"));
      if (!page.equals("README.md")) {
        // Dev databases as scratch databases on this JVM's server instead of an embedded server
        // started per command: the same commands, minutes faster. README.md keeps the default, so
        // the Quickstart runs exactly as on a fresh machine.
        env.put("CAIRN_DEV_URL", devUrl(db));
      }
      Process p = pb.start();
      boolean done = p.waitFor(PAGE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      // Whatever a page started in the background (an application) ends with the page.
      p.descendants().forEach(ProcessHandle::destroy);
      if (!done) {
        p.destroyForcibly();
      }
      String output = Files.readString(log);
      assertThat(done).as("%s ran longer than %s%n%s", page, PAGE_TIMEOUT, tail(output)).isTrue();
      assertThat(p.exitValue())
          .as(
              "%s: a command failed (script %s, full output %s)%n%s",
              page, script, log.toAbsolutePath(), tail(output))
          .isZero();
    }
  }

  /** The shared server's maintenance database, with the credentials of {@code db}. */
  private static String devUrl(ScratchDatabase db) {
    String url = PostgresServer.shared().jdbcUrl("postgres");
    StringBuilder sb = new StringBuilder(url).append(url.contains("?") ? '&' : '?');
    sb.append("user=").append(URLEncoder.encode(db.user(), StandardCharsets.UTF_8));
    if (db.password() != null && !db.password().isEmpty()) {
      sb.append("&password=").append(URLEncoder.encode(db.password(), StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  private static String tail(String output) {
    String[] lines = output.split("\n");
    int from = Math.max(0, lines.length - 60);
    return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** {@code docs-sql}: runs SQL from standard input as the administrator on {@code $DB_URL}. */
  private static void writeSqlHelper(Path bin) throws IOException {
    Path source = bin.resolve("DocsSql.java");
    Files.writeString(
        source,
        """
        import java.nio.charset.StandardCharsets;
        import java.sql.Connection;
        import java.sql.DriverManager;
        import java.sql.Statement;

        public class DocsSql {
          public static void main(String[] args) throws Exception {
            String sql = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            try (Connection c = DriverManager.getConnection(
                    System.getenv("DB_URL"), System.getenv("DB_ADMIN"),
                    System.getenv("DB_ADMIN_PASSWORD"));
                Statement s = c.createStatement()) {
              s.execute(sql);
            }
          }
        }
        """);
    Path helper = bin.resolve("docs-sql");
    Files.writeString(
        helper, "#!/bin/sh\nexec java -cp '" + jdbcDriverJar() + "' '" + source + "' \"$@\"\n");
    if (!helper.toFile().setExecutable(true)) {
      throw new IOException("cannot make " + helper + " executable");
    }
  }

  private static String jdbcDriverJar() {
    try {
      return Path.of(
              Class.forName("org.postgresql.Driver")
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI())
          .toString();
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new IllegalStateException("the PostgreSQL driver is not on the test class path", e);
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException("cannot locate the driver jar", e));
    }
  }
}
