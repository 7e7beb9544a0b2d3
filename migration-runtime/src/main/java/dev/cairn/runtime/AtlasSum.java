package dev.cairn.runtime;

import dev.cairn.runtime.internal.AtlasDirective;
import dev.cairn.runtime.internal.MigrationNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The integrity file {@code atlas.sum}, byte-identical to what Atlas writes and reads.
 *
 * <p>Format: files in the byte order of their names feed one running SHA-256 with their name and
 * then their content; each file gets a line {@code <name> h1:<base64 of the running digest>}; the
 * first line is {@code h1:} plus base64 of a SHA-256 over every (name, base64 hash) pair. A file
 * whose first line is Atlas's {@code atlas:sum ignore} directive feeds only its name and gets no
 * line.
 *
 * <p>{@link #verify(MigrationDirectory)} explains a mismatch precisely — which file was edited,
 * added, removed or reordered — and how to fix it.
 */
public final class AtlasSum {
  private static final String PREFIX = "h1:";

  /**
   * One line of the sum file.
   *
   * @param file the migration file name
   * @param hash base64 of the running SHA-256 after this file (without {@code h1:})
   */
  public record Entry(String file, String hash) {
    /**
     * Creates an entry.
     *
     * @param file the file name
     * @param hash the base64 hash
     */
    public Entry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(hash, "hash");
    }
  }

  private final String sum;
  private final List<Entry> entries;
  // hashOf is called once per file at every startup: a linear search would make that O(n²).
  private final Map<String, String> hashByFile;

  private AtlasSum(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    this.sum = header(this.entries);
    Map<String, String> byFile = new HashMap<>(this.entries.size() * 2);
    for (Entry e : this.entries) {
      byFile.putIfAbsent(e.file(), e.hash());
    }
    this.hashByFile = byFile;
  }

  /**
   * Computes the sum of a directory's migration files.
   *
   * @param directory the directory
   * @return the sum
   */
  public static AtlasSum compute(MigrationDirectory directory) {
    return compute(directory.files());
  }

  /**
   * Computes the sum of migration files; they are hashed in the byte order of their names, whatever
   * the order given.
   *
   * @param files the files
   * @return the sum
   */
  public static AtlasSum compute(List<MigrationFile> files) {
    List<MigrationFile> sorted = new ArrayList<>(files);
    sorted.sort((a, b) -> MigrationNames.BYTE_ORDER.compare(a.name(), b.name()));
    MessageDigest running = sha256();
    List<Entry> entries = new ArrayList<>(sorted.size());
    for (MigrationFile f : sorted) {
      running.update(f.name().getBytes(StandardCharsets.UTF_8));
      byte[] content = f.bytes();
      if (AtlasDirective.sumIgnored(content)) {
        continue;
      }
      running.update(content);
      entries.add(new Entry(f.name(), base64(snapshot(running))));
    }
    return new AtlasSum(entries);
  }

  /**
   * Parses an {@code atlas.sum} file as Atlas does, including its self-check (the header must match
   * the lines).
   *
   * @param content the file's bytes
   * @param location the directory, for messages
   * @return the sum
   * @throws SumFileException if a line is not {@code <name> h1:<hash>}
   * @throws ChecksumMismatchException with {@link ChecksumMismatchException.Reason#SUM_FILE_EDITED}
   *     if the header does not match the lines
   */
  public static AtlasSum parse(byte[] content, String location) {
    String text = new String(content, StandardCharsets.UTF_8);
    List<String> lines = lines(text);
    if (lines.isEmpty() || !lines.get(0).startsWith(PREFIX)) {
      throw new SumFileException(
          ErrorCode.SUM_FILE_CORRUPT,
          location,
          location
              + "/"
              + MigrationDirectory.SUM_FILE
              + ":1: expected 'h1:<hash>' as the first line; "
              + regenerate(location));
    }
    String header = lines.get(0).substring(PREFIX.length());
    List<Entry> entries = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      int at = line.indexOf(PREFIX);
      if (at < 0) {
        throw new SumFileException(
            ErrorCode.SUM_FILE_CORRUPT,
            location,
            location
                + "/"
                + MigrationDirectory.SUM_FILE
                + ":"
                + (i + 1)
                + ": expected '<file> h1:<hash>', got '"
                + line
                + "'; "
                + regenerate(location));
      }
      entries.add(new Entry(line.substring(0, at).strip(), line.substring(at + PREFIX.length())));
    }
    AtlasSum parsed = new AtlasSum(entries);
    if (!parsed.sum.equals(header)) {
      throw new ChecksumMismatchException(
          ChecksumMismatchException.Reason.SUM_FILE_EDITED,
          List.of(MigrationDirectory.SUM_FILE),
          location
              + "/"
              + MigrationDirectory.SUM_FILE
              + " was edited by hand: its first line does not match the file lines below it."
              + " Do not edit atlas.sum (resolve merge conflicts in it by regenerating it); "
              + regenerate(location));
    }
    return parsed;
  }

  /**
   * Checks a directory against its {@code atlas.sum}. A directory without migration files and
   * without a sum is valid (as in Atlas).
   *
   * @param directory the directory
   * @return the verified sum
   * @throws SumFileException if the sum file is missing or corrupt
   * @throws ChecksumMismatchException if a file was edited, added, removed or reordered
   */
  public static AtlasSum verify(MigrationDirectory directory) {
    String location = directory.location();
    AtlasSum actual = compute(directory);
    Optional<byte[]> recordedBytes = directory.sumFile();
    if (recordedBytes.isEmpty()) {
      if (directory.files().isEmpty()) {
        return actual;
      }
      throw new SumFileException(
          ErrorCode.SUM_FILE_MISSING,
          location,
          "migration directory "
              + location
              + " has no "
              + MigrationDirectory.SUM_FILE
              + ", so its files cannot be checked; after reviewing them, create it with 'cairn"
              + " migrate hash --dir "
              + location
              + "' and commit it");
    }
    AtlasSum recorded = parse(recordedBytes.get(), location);
    if (recorded.sum.equals(actual.sum)) {
      return recorded;
    }
    throw explain(directory, recorded, actual);
  }

  private static ChecksumMismatchException explain(
      MigrationDirectory directory, AtlasSum recorded, AtlasSum actual) {
    String location = directory.location();
    List<String> recordedNames = recorded.files();
    Set<String> recordedSet = new LinkedHashSet<>(recordedNames);
    List<String> allNames = directory.files().stream().map(MigrationFile::name).toList();
    Set<String> allSet = new HashSet<>(allNames);
    List<String> hashedNames = actual.files();

    List<String> removed = recordedNames.stream().filter(n -> !allSet.contains(n)).toList();
    List<String> added = hashedNames.stream().filter(n -> !recordedSet.contains(n)).toList();
    List<String> nowIgnored =
        recordedNames.stream().filter(n -> allSet.contains(n) && !hashedNames.contains(n)).toList();

    if (!removed.isEmpty()) {
      String message =
          (removed.size() == 1 ? "migration file " : "migration files ")
              + String.join(", ", removed)
              + (removed.size() == 1 ? " was" : " were")
              + " removed from "
              + location
              + " but "
              + (removed.size() == 1 ? "is" : "are")
              + " still listed in atlas.sum"
              + (added.isEmpty()
                  ? ""
                  : ", and " + String.join(", ", added) + " appeared (a rename?)")
              + ". Files that may have been applied somewhere must not be deleted or renamed;"
              + " restore "
              + (removed.size() == 1 ? "it" : "them")
              + " (e.g. with git), or, if "
              + (removed.size() == 1 ? "it was" : "they were")
              + " never applied anywhere, "
              + regenerate(location);
      List<String> files = new ArrayList<>(removed);
      files.addAll(added);
      return new ChecksumMismatchException(
          ChecksumMismatchException.Reason.REMOVED, files, message);
    }
    if (!added.isEmpty()) {
      String last = recordedNames.isEmpty() ? null : recordedNames.get(recordedNames.size() - 1);
      List<String> early =
          last == null
              ? List.of()
              : added.stream().filter(n -> MigrationNames.BYTE_ORDER.compare(n, last) < 0).toList();
      String message =
          (added.size() == 1 ? "migration file " : "migration files ")
              + String.join(", ", added)
              + (added.size() == 1 ? " is" : " are")
              + " not in atlas.sum (added after it was written)."
              + (early.isEmpty()
                  ? ""
                  : " Note: "
                      + String.join(", ", early)
                      + " sorts before "
                      + last
                      + ", which is already recorded — databases that applied "
                      + last
                      + " will refuse to run an older version; give it a newer version (the"
                      + " current UTC time, yyyyMMddHHmmss) before hashing.")
              + " After reviewing the new file(s), "
              + regenerate(location);
      return new ChecksumMismatchException(ChecksumMismatchException.Reason.ADDED, added, message);
    }
    if (!nowIgnored.isEmpty()) {
      return new ChecksumMismatchException(
          ChecksumMismatchException.Reason.EDITED,
          nowIgnored,
          "migration file "
              + String.join(", ", nowIgnored)
              + " now starts with 'atlas:sum ignore' but atlas.sum still records its content;"
              + " if that is intended, "
              + regenerate(location));
    }
    if (!recordedNames.equals(hashedNames)) {
      List<String> moved = new ArrayList<>();
      for (int i = 0; i < recordedNames.size(); i++) {
        if (!recordedNames.get(i).equals(hashedNames.get(i))) {
          moved.add(recordedNames.get(i));
        }
      }
      return new ChecksumMismatchException(
          ChecksumMismatchException.Reason.REORDERED,
          moved,
          "atlas.sum lists "
              + String.join(", ", moved)
              + " in a different order than their names sort (files run in the byte order of"
              + " their names). The sum was produced by another tool or edited; "
              + regenerate(location));
    }
    for (int i = 0; i < recordedNames.size(); i++) {
      if (!recorded.entries.get(i).hash().equals(actual.entries.get(i).hash())) {
        String name = recordedNames.get(i);
        List<String> ignoredBefore =
            ignoredBetween(directory, i == 0 ? null : recordedNames.get(i - 1), name);
        String message =
            "migration file "
                + name
                + " was edited after atlas.sum was written"
                + (ignoredBefore.isEmpty()
                    ? ""
                    : " (or the 'atlas:sum ignore' file "
                        + String.join(", ", ignoredBefore)
                        + " before it was added or renamed)")
                + "; files after it cannot be checked until this is resolved. Never edit a file"
                + " that may have been applied: restore it (e.g. with git) and add a new"
                + " migration instead. If it was never applied anywhere, "
                + regenerate(location);
        return new ChecksumMismatchException(
            ChecksumMismatchException.Reason.EDITED, List.of(name), message);
      }
    }
    // Only 'atlas:sum ignore' files (which feed just their name) can cause this.
    List<String> ignored = ignoredBetween(directory, null, null);
    return new ChecksumMismatchException(
        ChecksumMismatchException.Reason.ADDED,
        ignored,
        "atlas.sum does not match "
            + location
            + ": an 'atlas:sum ignore' file ("
            + String.join(", ", ignored)
            + ") was added, removed or renamed; "
            + regenerate(location));
  }

  private static List<String> ignoredBetween(MigrationDirectory dir, String after, String before) {
    List<String> out = new ArrayList<>();
    for (MigrationFile f : dir.files()) {
      boolean inRange =
          (after == null || MigrationNames.BYTE_ORDER.compare(f.name(), after) > 0)
              && (before == null || MigrationNames.BYTE_ORDER.compare(f.name(), before) < 0);
      if (inRange && AtlasDirective.sumIgnored(f.bytes())) {
        out.add(f.name());
      }
    }
    return out;
  }

  /**
   * Computes the directory's sum and writes it to {@code atlas.sum} (atomically where the file
   * system allows).
   *
   * @param directory a file-system directory
   * @return the written sum
   * @throws CairnException if the directory is not on the file system or cannot be written
   */
  public static AtlasSum write(MigrationDirectory directory) {
    Path dir =
        directory
            .path()
            .orElseThrow(
                () ->
                    new CairnException(
                        ErrorCode.DIRECTORY_UNREADABLE,
                        "cannot write atlas.sum into "
                            + directory.location()
                            + ": class-path directories are read-only; hash the source folder"
                            + " instead"));
    AtlasSum sum = compute(directory);
    Path target = dir.resolve(MigrationDirectory.SUM_FILE);
    try {
      Path tmp = Files.createTempFile(dir, ".atlas.sum", ".tmp");
      try {
        Files.write(tmp, sum.toBytes());
        try {
          Files.move(
              tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new CairnException(
          ErrorCode.DIRECTORY_UNREADABLE, "cannot write " + target + ": " + e.getMessage(), e);
    }
    return sum;
  }

  /**
   * The header hash (first line, without {@code h1:}).
   *
   * @return base64 SHA-256 over every (name, hash) pair
   */
  public String sum() {
    return sum;
  }

  /**
   * The file lines, in order.
   *
   * @return the entries ({@code atlas:sum ignore} files have none)
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The hash recorded for a file — what Atlas stores in the revision table's {@code hash} column.
   *
   * @param file the file name
   * @return the base64 hash, or empty if the file has no line
   */
  public Optional<String> hashOf(String file) {
    return Optional.ofNullable(hashByFile.get(file));
  }

  /**
   * The file names with a line, in order.
   *
   * @return the names
   */
  public List<String> files() {
    return entries.stream().map(Entry::file).toList();
  }

  /**
   * The exact bytes of {@code atlas.sum}.
   *
   * @return the UTF-8 content
   */
  public byte[] toBytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The content of {@code atlas.sum}.
   *
   * @return the text, ending in a newline
   */
  public String text() {
    StringBuilder b = new StringBuilder(PREFIX).append(sum).append('\n');
    for (Entry e : entries) {
      b.append(e.file()).append(' ').append(PREFIX).append(e.hash()).append('\n');
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AtlasSum s && s.entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return text();
  }

  private static String header(List<Entry> entries) {
    MessageDigest d = sha256();
    for (Entry e : entries) {
      d.update(e.file().getBytes(StandardCharsets.UTF_8));
      d.update(e.hash().getBytes(StandardCharsets.UTF_8));
    }
    return base64(d.digest());
  }

  /** Lines as Go's bufio.Scanner splits them: at \n, dropping one trailing \r, no final empty. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(start, end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      lines.add(line);
      start = nl < 0 ? text.length() : nl + 1;
    }
    return lines;
  }

  private static String regenerate(String location) {
    return "run 'cairn migrate hash --dir " + location + "' to rewrite atlas.sum";
  }

  private static byte[] snapshot(MessageDigest running) {
    try {
      return ((MessageDigest) running.clone()).digest();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always provides SHA-256", e);
    }
  }
}
