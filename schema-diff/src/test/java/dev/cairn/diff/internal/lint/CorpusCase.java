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
 *
 * <p>{@code case.properties} keys: {@code verdict} (dangerous or safe), {@code expect} (the codes),
 * {@code why}, {@code negative} (rules this case shows silent on a change that looks like their
 * target: the negative test of those rules), and configuration keys of {@code
 * cairn-lint.properties} ({@code enable}, {@code disable}, {@code naming.<kind>.pattern}).
 */
public record CorpusCase(
    String name,
    String verdict,
    Set<String> expected,
    Set<String> negative,
    String why,
    String existing,
    String change,
    LintConfig config) {
  private static final Set<String> CASE_KEYS = Set.of("verdict", "expect", "why", "negative");

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
      Properties config = new Properties();
      p.stringPropertyNames().stream()
          .filter(k -> !CASE_KEYS.contains(k))
          .forEach(k -> config.setProperty(k, p.getProperty(k)));
      return new CorpusCase(
          dir.getFileName().toString(),
          p.getProperty("verdict"),
          codes(p.getProperty("expect", "")),
          codes(p.getProperty("negative", "")),
          p.getProperty("why"),
          base + extra,
          Files.readString(dir.resolve("change.sql"), StandardCharsets.UTF_8),
          LintConfig.fromProperties(config));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read corpus case " + dir, e);
    }
  }

  private static Set<String> codes(String list) {
    Set<String> out = new TreeSet<>();
    Arrays.stream(list.trim().split("[,\\s]+")).filter(x -> !x.isEmpty()).forEach(out::add);
    return out;
  }

  @Override
  public String toString() {
    return name;
  }
}
