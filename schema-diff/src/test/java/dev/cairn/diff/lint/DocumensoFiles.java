package dev.cairn.diff.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code shared/corpus/documenso} next to the repository (or {@code -Dcairn.corpus.dir}). */
public final class DocumensoFiles {
  private DocumensoFiles() {}

  /**
   * The Documenso migration directory, if present.
   *
   * @return the directory
   */
  public static Optional<Path> dir() {
    String configured = System.getProperty("cairn.corpus.dir");
    if (configured != null) {
      return Optional.of(Path.of(configured, "documenso")).filter(Files::isDirectory);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/corpus/documenso");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
