package dev.cairn.runtime;

import dev.cairn.embedded.ScratchDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A migration directory in a temporary folder, kept consistent with its atlas.sum. */
final class TestDir {
  private final Path path;

  private TestDir(Path path) {
    this.path = path;
  }

  static TestDir create() {
    try {
      return new TestDir(Files.createTempDirectory("cairn-migrations"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path path() {
    return path;
  }

  /** Writes a file and updates atlas.sum, as `cairn migrate hash` would. */
  TestDir add(String name, String sql) {
    return addUnhashed(name, sql).rehash();
  }

  TestDir remove(String name) {
    try {
      Files.delete(path.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rehash();
  }

  /** Writes a file without updating atlas.sum (to break the sum on purpose). */
  TestDir addUnhashed(String name, String sql) {
    try {
      Files.writeString(path.resolve(name), sql);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  String content(String name) {
    try {
      return Files.readString(path.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestDir rehash() {
    AtlasSum.write(MigrationDirectory.of(path));
    return this;
  }

  Cairn.Builder cairn(ScratchDatabase db) {
    return Cairn.configure().dataSource(db.dataSource()).directory(path);
  }

  /** The files as the applier sees them (hashes from atlas.sum). */
  List<dev.cairn.runtime.internal.apply.Script> scripts() {
    return dev.cairn.runtime.internal.apply.DirectorySource.open(path.toString(), null).load();
  }
}
