package dev.cairn.diff.internal.source;

import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.CleanDatabase;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.LoadOptions;
import dev.cairn.diff.SchemaSource;
import dev.cairn.diff.internal.inspect.InspectorVersion;
import dev.cairn.diff.model.Database;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A source that is executed on a clean dev database and inspected there: SQL texts, files,
 * directories and migration directories, alone or combined.
 */
public final class ExecutedSource implements SchemaSource {
  private final String description;
  private final String verb;
  private final Supplier<List<Script>> scripts;

  /**
   * Creates a source.
   *
   * @param description what it is, e.g. {@code migration directory migrations}
   * @param verb how executing it is called in messages, e.g. {@code Replaying}
   * @param scripts reads the scripts (when loading, so that files are read fresh)
   */
  public ExecutedSource(String description, String verb, Supplier<List<Script>> scripts) {
    this.description = description;
    this.verb = verb;
    this.scripts = scripts;
  }

  /**
   * Concatenates executed sources: their scripts run in order on one database.
   *
   * @param parts the sources
   * @return the combined source
   * @throws IllegalArgumentException when a part is not executed on a dev database (a live database
   *     cannot be combined)
   */
  public static ExecutedSource combine(List<SchemaSource> parts) {
    List<ExecutedSource> executed = new ArrayList<>();
    for (SchemaSource p : parts) {
      if (!(p instanceof ExecutedSource e)) {
        throw new IllegalArgumentException(
            "Only SQL and migration sources can be combined; "
                + p.description()
                + " is read directly from its database.");
      }
      executed.add(e);
    }
    String description =
        String.join(" + ", executed.stream().map(ExecutedSource::description).toList());
    return new ExecutedSource(
        description,
        "Loading",
        () -> {
          List<Script> all = new ArrayList<>();
          for (ExecutedSource e : executed) {
            all.addAll(e.scripts.get());
          }
          return all;
        });
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Database load(DevDatabase dev, LoadOptions options) {
    List<Script> list = scripts.get();
    String key = key(list, dev.majorVersion(), options);
    Optional<Database> cached = options.cache().lookup(key);
    if (cached.isPresent()) {
      options.listener().cacheHit(description, key);
      return cached.get();
    }
    options.listener().executing(description, list.size());
    Database db;
    Database baseline;
    try (CleanDatabase clean = dev.acquire();
        Connection c = clean.connect()) {
      baseline = CatalogInspector.inspect(c, options.inspect());
      ScriptRunner.run(c, description, verb, list, options.listener());
      db = CatalogInspector.inspect(c, options.inspect());
    } catch (SQLException e) {
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          "Lost the connection to the dev database ("
              + dev.description()
              + ") while loading "
              + description
              + ": "
              + e.getMessage(),
          e);
    }
    // After the lease is released: a dev database that serves one operation at a time (a
    // configured database without CREATEDB) hands out the same database again for the rebuild.
    db = Normalizer.rebuild(dev, baseline, db, options.inspect(), description);
    options.cache().store(key, db);
    return db;
  }

  /** Everything that determines the inspected state, hashed. */
  private static String key(List<Script> scripts, int majorVersion, LoadOptions options) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    // A Cairn upgrade that changes the model or the queries never reads an old state as current.
    update(sha, InspectorVersion.fingerprint());
    update(sha, "rebuilt-from-plan");
    update(sha, "postgres-" + majorVersion);
    update(sha, options.inspect().toString());
    for (Script s : scripts) {
      update(sha, s.name());
      byte[] bytes = s.bytes();
      update(sha, Integer.toString(bytes.length));
      sha.update(bytes);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static void update(MessageDigest sha, String text) {
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  @Override
  public String toString() {
    return description;
  }
}
