package dev.cairn.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Paths of the repository the sample application lives in. */
final class Repo {
  private Repo() {}

  /** The repository root: the nearest ancestor of the working directory with migrations/. */
  static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("migrations/atlas.sum"))
          && Files.isDirectory(p.resolve("sample-app"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "no migrations/atlas.sum above " + Path.of("").toAbsolutePath());
  }

  /** The sample application's migration directory, {@code migrations/}. */
  static Path migrations() {
    return root().resolve("migrations");
  }

  /** The supplemental SQL (views, partial indexes) appended to the entities' DDL. */
  static Path supplementalSql() {
    return root().resolve("sample-app/src/main/sql");
  }

  /** The migration files' versions, in order. */
  static List<String> versions() {
    try (Stream<Path> files = Files.list(migrations())) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".sql"))
          .sorted()
          .map(n -> n.substring(0, n.indexOf('_')))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
