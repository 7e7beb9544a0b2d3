package dev.cairn.diff;

import dev.cairn.diff.model.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A directory of inspected states, keyed by a hash of everything that produced them (every file's
 * name and bytes, the PostgreSQL major version, the inspect options). Repeated diffs against an
 * unchanged migration directory then skip the replay. Any change to any file changes the key; an
 * unreadable or corrupt entry is ignored and rewritten; a cache that cannot be written only costs
 * time. The newest {@value #MAX_ENTRIES} entries are kept.
 */
public final class StateCache {
  private static final Logger LOG = LoggerFactory.getLogger(StateCache.class);

  /** How many states are kept; older ones are deleted when a new one is stored. */
  public static final int MAX_ENTRIES = 64;

  private static final String SUFFIX = ".state.json";

  private final Path directory;

  private StateCache(Path directory) {
    this.directory = directory;
  }

  /**
   * The cache in the directory given by {@code -Dcairn.cache.dir} or {@code CAIRN_CACHE_DIR}, else
   * {@code $XDG_CACHE_HOME/cairn/states}, else {@code ~/.cache/cairn/states}.
   *
   * @return the default cache
   */
  public static StateCache defaultCache() {
    String configured = System.getProperty("cairn.cache.dir");
    if (configured == null || configured.isBlank()) {
      configured = System.getenv("CAIRN_CACHE_DIR");
    }
    if (configured != null && !configured.isBlank()) {
      return at(Path.of(configured));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return at(base.resolve("cairn").resolve("states"));
  }

  /**
   * A cache in the given directory (created when first written).
   *
   * @param directory the directory
   * @return the cache
   */
  public static StateCache at(Path directory) {
    return new StateCache(directory.toAbsolutePath());
  }

  /**
   * No caching: every load executes its source.
   *
   * @return a cache that stores nothing
   */
  public static StateCache disabled() {
    return new StateCache(null);
  }

  /**
   * The cache directory.
   *
   * @return the directory, or empty when disabled
   */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /**
   * Looks a state up.
   *
   * @param key the key (hex)
   * @return the cached state, or empty when absent, unreadable or corrupt
   */
  public Optional<Database> lookup(String key) {
    if (directory == null) {
      return Optional.empty();
    }
    Path file = directory.resolve(key + SUFFIX);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Database db = SchemaJson.read(Files.readString(file, StandardCharsets.UTF_8));
      try {
        // Recently used entries survive pruning.
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
      } catch (IOException e) {
        LOG.debug("Cannot touch {}: {}", file, e.getMessage());
      }
      return Optional.of(db);
    } catch (IOException | RuntimeException e) {
      LOG.warn("Ignoring unreadable cached state {} ({}); it will be rebuilt.", file, e.toString());
      return Optional.empty();
    }
  }

  /**
   * Stores a state. Failures are logged, never thrown: the cache only saves time.
   *
   * @param key the key (hex)
   * @param database the state
   */
  public void store(String key, Database database) {
    if (directory == null) {
      return;
    }
    try {
      Files.createDirectories(directory);
      Path tmp = Files.createTempFile(directory, key, ".tmp");
      Files.writeString(tmp, SchemaJson.write(database), StandardCharsets.UTF_8);
      Path target = directory.resolve(key + SUFFIX);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      prune();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot write the state cache in {}: {}", directory, e.toString());
    }
  }

  /**
   * Deletes every cached state.
   *
   * @throws java.io.UncheckedIOException when the directory cannot be listed
   */
  public void clear() {
    for (Path p : entries()) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        LOG.warn("Cannot delete {}: {}", p, e.getMessage());
      }
    }
  }

  private List<Path> entries() {
    if (directory == null || !Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(directory)) {
      return new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void prune() throws IOException {
    List<Path> all = entries();
    if (all.size() <= MAX_ENTRIES) {
      return;
    }
    all.sort(Comparator.comparing(StateCache::modified).reversed());
    for (Path old : all.subList(MAX_ENTRIES, all.size())) {
      Files.deleteIfExists(old);
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  @Override
  public String toString() {
    return directory == null ? "StateCache[disabled]" : "StateCache[" + directory + "]";
  }
}
