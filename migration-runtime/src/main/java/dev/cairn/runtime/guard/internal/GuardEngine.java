package dev.cairn.runtime.guard.internal;

import dev.cairn.runtime.guard.ClassifiedStatement;
import dev.cairn.runtime.guard.DdlNotAllowedException;
import dev.cairn.runtime.guard.GuardMode;
import dev.cairn.runtime.guard.GuardOptions;
import dev.cairn.runtime.sql.SqlScanner;
import dev.cairn.runtime.sql.SqlToken;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;

/**
 * The guard's decisions: classification (cached per SQL text), allow-list, temporary tables per
 * connection, and what a refusal does in each mode.
 */
public final class GuardEngine {
  /** Texts longer than this are classified every time rather than held in the cache. */
  static final int MAX_CACHED_LENGTH = 65_536;

  private final GuardOptions options;
  private final Logger log;
  private final ConcurrentHashMap<String, Entry> cache;

  /**
   * Creates an engine.
   *
   * @param options the guard's options
   * @param log where {@link GuardMode#WARN} reports
   */
  public GuardEngine(GuardOptions options, Logger log) {
    this.options = options;
    this.log = log;
    this.cache = new ConcurrentHashMap<>();
  }

  /**
   * How many SQL texts are cached now.
   *
   * @return the number of cached texts
   */
  public int cachedTexts() {
    return cache.size();
  }

  /**
   * Decides on one SQL text.
   *
   * @param sql the text
   * @param temporaryTables the connection's temporary tables (updated when the text runs), or null
   *     when no connection is known
   * @throws DdlNotAllowedException when the text is refused in {@link GuardMode#FAIL}
   */
  public void check(String sql, Set<String> temporaryTables) throws DdlNotAllowedException {
    if (options.mode() == GuardMode.OFF) {
      return;
    }
    Entry entry = entry(sql);
    ClassifiedStatement refused;
    if (!entry.analysis.connectionSensitive()) {
      refused = entry.refused;
    } else {
      refused = withTemporaryTables(entry.analysis, temporaryTables);
    }
    if (refused == null) {
      return;
    }
    DdlNotAllowedException e = new DdlNotAllowedException(refused);
    if (options.mode() == GuardMode.FAIL) {
      throw e;
    }
    if (entry.warned.compareAndSet(false, true)) {
      log.warn("DDL guard in WARN mode let this statement through. {}", e.getMessage());
    }
  }

  private Entry entry(String sql) {
    if (options.cacheSize() == 0 || sql.length() > MAX_CACHED_LENGTH) {
      return newEntry(sql);
    }
    Entry entry = cache.get(sql);
    if (entry != null) {
      return entry;
    }
    entry = newEntry(sql);
    if (cache.size() >= options.cacheSize()) {
      // Start over rather than track recency on every hit: the hot path stays one map lookup,
      // and an application's distinct texts are usually far fewer than the limit.
      cache.clear();
    }
    Entry raced = cache.putIfAbsent(sql, entry);
    return raced == null ? entry : raced;
  }

  private Entry newEntry(String sql) {
    Analysis analysis = Classifier.analyze(sql);
    return new Entry(
        analysis, analysis.connectionSensitive() ? null : withTemporaryTables(analysis, null));
  }

  /**
   * The first refused statement of a text, or null if all may run; updates the connection's
   * temporary tables only when the text may run.
   */
  private ClassifiedStatement withTemporaryTables(Analysis analysis, Set<String> connectionTables) {
    Set<String> tables =
        connectionTables == null ? new HashSet<>() : new HashSet<>(connectionTables);
    ClassifiedStatement firstRefused = null;
    for (StatementAnalysis sa : analysis.statements()) {
      ClassifiedStatement s = sa.statement();
      boolean allowed;
      switch (s.kind()) {
        case ORDINARY, MAINTENANCE -> {
          allowed = true;
          if (sa.discardsTemporary()) {
            tables.clear();
          }
        }
        case TEMPORARY -> {
          allowed = options.allowTemporaryObjects() || allowListed(s);
          if (allowed) {
            tables.addAll(sa.createdTemporary());
          }
        }
        case DO_BLOCK -> allowed = options.allowDoBlocks() || allowListed(s);
        default -> {
          if (sa.relations() != null
              && options.allowTemporaryObjects()
              && tables.containsAll(sa.relations())) {
            allowed = true;
            if (s.command().startsWith("DROP")) {
              sa.relations().forEach(tables::remove);
            }
          } else {
            allowed = allowListed(s);
          }
        }
      }
      if (!allowed && firstRefused == null) {
        firstRefused = s;
      }
    }
    boolean runs = firstRefused == null || options.mode() != GuardMode.FAIL;
    if (connectionTables != null && runs) {
      connectionTables.clear();
      connectionTables.addAll(tables);
    }
    return firstRefused;
  }

  private boolean allowListed(ClassifiedStatement s) {
    List<Pattern> allowed = options.allowed();
    if (allowed.isEmpty()) {
      return false;
    }
    String normalized = normalize(s.text());
    for (Pattern p : allowed) {
      if (p.matcher(normalized).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A statement without comments, with each run of whitespace turned into one space and without a
   * trailing semicolon: what allow-list patterns are matched against.
   *
   * @param statement the statement text
   * @return the normalised text
   */
  public static String normalize(String statement) {
    List<SqlToken> tokens;
    try {
      tokens = SqlScanner.tokenize(statement);
    } catch (RuntimeException e) {
      return statement.strip().replaceAll("[\\s\\p{Z}]+", " ");
    }
    StringBuilder b = new StringBuilder(statement.length());
    boolean gap = false;
    for (SqlToken t : tokens) {
      if (t.isTrivia()) {
        gap = b.length() > 0;
        continue;
      }
      if (gap) {
        b.append(' ');
        gap = false;
      }
      b.append(t.text());
    }
    String s = b.toString();
    while (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    return s;
  }

  /** A cached classification with its verdict when that does not depend on the connection. */
  private static final class Entry {
    final Analysis analysis;
    final ClassifiedStatement refused;
    final AtomicBoolean warned = new AtomicBoolean();

    Entry(Analysis analysis, ClassifiedStatement refused) {
      this.analysis = analysis;
      this.refused = refused;
    }
  }

  /**
   * Creates the set a connection keeps its temporary tables in.
   *
   * @return an empty thread-safe set
   */
  public static Set<String> newTemporaryTables() {
    return ConcurrentHashMap.newKeySet();
  }
}
