package dev.cairn.runtime.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a statement corpus from the test resources: entries separated by a line holding only {@code
 * ====} (a separator no SQL line can look like).
 */
final class Corpus {
  private Corpus() {}

  static List<String> load(String resource) {
    try (InputStream in = Corpus.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Arrays.stream(text.split("\\R====\\R"))
          .map(s -> s.endsWith("\n") ? s.substring(0, s.length() - 1) : s)
          .filter(s -> !s.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> ddl() {
    return load("guard/ddl.sql");
  }

  static List<String> ordinary() {
    return load("guard/ordinary.sql");
  }
}
