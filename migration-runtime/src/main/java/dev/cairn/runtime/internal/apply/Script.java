package dev.cairn.runtime.internal.apply;

import dev.cairn.runtime.TxMode;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A migration file as the applier sees it. Directives and statements are worked out on first use: a
 * startup check whose history matches {@code atlas.sum} never needs to parse a file.
 */
public final class Script {
  private final String name;
  private final String version;
  private final String description;
  private final String hash;
  private final Supplier<TxMode> txMode;
  private final Supplier<Set<String>> skipOn;
  private final Supplier<List<Stmt>> statements;
  private boolean directivesLoaded;
  private TxMode loadedTxMode;
  private Set<String> loadedSkipOn;
  private List<Stmt> loaded;
  private List<String> partialHashes;

  /**
   * A statement of a file.
   *
   * @param text what is sent to the database
   * @param line the 1-based line in the file where the statement starts
   * @param hashText the text fed to the partial hash, as Atlas does (statement with its {@code ;})
   */
  public record Stmt(String text, int line, String hashText) {}

  /**
   * Creates a script.
   *
   * @param name the file name
   * @param version the version
   * @param description the description
   * @param hash the file's hash in {@code atlas.sum}
   * @param txMode produces the file's {@code atlas:txmode} directive, or null (called at most once)
   * @param skipOn produces the environments of the file's {@code cairn:skip-on} directive, lower
   *     case (called at most once)
   * @param statements produces the statements (called at most once)
   */
  public Script(
      String name,
      String version,
      String description,
      String hash,
      Supplier<TxMode> txMode,
      Supplier<Set<String>> skipOn,
      Supplier<List<Stmt>> statements) {
    this.name = Objects.requireNonNull(name);
    this.version = Objects.requireNonNull(version);
    this.description = description == null ? "" : description;
    this.hash = hash == null ? "" : hash;
    this.txMode = txMode;
    this.skipOn = skipOn;
    this.statements = statements;
  }

  /**
   * @return the file name
   */
  public String name() {
    return name;
  }

  /**
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * @return the hash {@code atlas.sum} gives this file
   */
  public String hash() {
    return hash;
  }

  /**
   * @return the file's transaction directive, or null when it has none
   */
  public synchronized TxMode txMode() {
    loadDirectives();
    return loadedTxMode;
  }

  /**
   * @return the environments in which the file is skipped
   */
  public synchronized Set<String> skipOn() {
    loadDirectives();
    return loadedSkipOn;
  }

  private void loadDirectives() {
    if (!directivesLoaded) {
      loadedTxMode = txMode.get();
      loadedSkipOn = Set.copyOf(skipOn.get());
      directivesLoaded = true;
    }
  }

  /**
   * @return the statements, split on first use
   */
  public synchronized List<Stmt> statements() {
    if (loaded == null) {
      loaded = List.copyOf(statements.get());
    }
    return loaded;
  }

  /**
   * @return the running hash after each statement, {@code h1:} + base64, as Atlas records them
   */
  public synchronized List<String> partialHashes() {
    if (partialHashes == null) {
      partialHashes = Hashes.partialHashes(statements());
    }
    return partialHashes;
  }

  @Override
  public String toString() {
    return name;
  }
}
