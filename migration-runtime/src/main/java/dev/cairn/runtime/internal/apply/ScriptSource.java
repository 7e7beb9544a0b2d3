package dev.cairn.runtime.internal.apply;

import java.util.List;

/** Reads and verifies the migration directory, giving the applier its files sorted by version. */
public interface ScriptSource {
  /**
   * Reads the directory and verifies it against {@code atlas.sum}.
   *
   * @return the files, sorted by version
   */
  List<Script> load();

  /**
   * Where the files come from, for messages.
   *
   * @return e.g. a path or {@code classpath:db/migrations}
   */
  String describe();
}
