package dev.cairn.diff.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes migration files for tests. */
final class MigrationDirs {
  private MigrationDirs() {}

  static Path write(Path dir, String... namesAndContents) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < namesAndContents.length; i += 2) {
      Path f = dir.resolve(namesAndContents[i]);
      Files.createDirectories(f.getParent());
      Files.writeString(f, namesAndContents[i + 1], StandardCharsets.UTF_8);
    }
    return dir;
  }
}
