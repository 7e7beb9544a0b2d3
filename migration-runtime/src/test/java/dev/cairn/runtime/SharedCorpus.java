package dev.cairn.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the team's shared real-world corpus ({@code shared/corpus}), which a fresh clone does not
 * have: tests using it must skip (assumption) when it is absent.
 */
public final class SharedCorpus {
  private SharedCorpus() {}

  /**
   * The {@code documenso} migration directory, when present.
   *
   * @return the directory, or empty
   */
  public static Optional<Path> documenso() {
    return corpus().map(c -> c.resolve("documenso")).filter(Files::isDirectory);
  }

  /**
   * The corpus directory: {@code -Dcairn.shared.dir=…/shared}, else a {@code shared/corpus} folder
   * next to the working directory or one of its ancestors.
   *
   * @return the corpus directory, or empty
   */
  public static Optional<Path> corpus() {
    String property = System.getProperty("cairn.shared.dir");
    if (property != null && !property.isBlank()) {
      Path p = Path.of(property).resolve("corpus");
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(p.resolve("documenso"))) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
