package dev.cairn.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Test helper: finds the shared real-world corpus ({@code shared/corpus}) next to the repository or
 * one of its parents, or where {@code -Dcairn.corpus.dir} points. A fresh clone has none; tests
 * using it skip.
 */
final class Corpus {
  private Corpus() {}

  static Optional<Path> dir() {
    String configured = System.getProperty("cairn.corpus.dir");
    if (configured != null) {
      Path p = Path.of(configured);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("corpus");
      if (Files.isDirectory(candidate.resolve("documenso"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
