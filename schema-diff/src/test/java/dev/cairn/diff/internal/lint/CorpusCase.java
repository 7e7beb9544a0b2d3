package dev.cairn.diff.internal.lint;

import dev.cairn.diff.lint.LintConfig;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One case of {@code src/test/resources/lint-corpus}: a change ({@code change.sql}) applied to the
 * shared base schema ({@code _base.sql}) plus optional {@code existing.sql}, with the codes the
 * linter must report and whether the change is dangerous or safe.
 */
public record CorpusCase(
    String name,
    String verdict,
    Set<String> expected,
    String why,
    String existing,
    String change,
    List<String> enable) {

  /** The corpus root. */
  public static Path root() {
    try {
      return Path.of(CorpusCase.class.getResource("/lint-corpus/_base.sql").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every case, sorted by name. */
  public static List<CorpusCase> all() throws IOException {
    Path root = root();
    String base = Files.readString(root.resolve("_base.sql"));
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).sorted().map(d -> load(d, base)).toList();
    }
  }

  private static CorpusCase load(Path dir, String base) {
    try {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(dir.resolve("case.properties"))) {
        p.load(r);
      }
      Path existing = dir.resolve("existing.sql");
      String extra =
          Files.exists(existing) ? Files.readString(existing, StandardCharsets.UTF_8) : "";
      Set<String> expected = new TreeSet<>();
      Arrays.stream(p.getProperty("expect", "").trim().split("\\s+"))
          .filter(s -> !s.isEmpty())
          .forEach(expected::add);
      String enable = p.getProperty("enable", "").trim();
      return new CorpusCase(
          dir.getFileName().toString(),
          p.getProperty("verdict"),
          expected,
          p.getProperty("why"),
          base + extra,
          Files.readString(dir.resolve("change.sql"), StandardCharsets.UTF_8),
          enable.isEmpty() ? List.of() : List.of(enable.split("[,\\s]+")));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read corpus case " + dir, e);
    }
  }

  /** The configuration the case runs with: defaults plus its opt-in rules. */
  public LintConfig config() {
    return enable.isEmpty()
        ? LintConfig.defaults()
        : LintConfig.defaults().enable(enable.toArray(String[]::new));
  }

  @Override
  public String toString() {
    return name;
  }
}
