package dev.cairn.bench.tools;

import dev.cairn.runtime.Cairn;
import java.nio.file.Path;

/** Cairn's runtime, configured as an application would: a JDBC URL and a directory. */
final class CairnRunner {
  private CairnRunner() {}

  static Cairn configure(Target t, Path atlasDir) {
    return Cairn.configure()
        .url(t.jdbcUrl(), t.user(), t.passwordOrNull())
        .directory(atlasDir)
        .load();
  }

  static int migrate(Target t, Path atlasDir) {
    return configure(t, atlasDir).migrate().migrations().size();
  }

  static int validate(Target t, Path atlasDir) {
    return configure(t, atlasDir).validate().appliedFiles();
  }
}
