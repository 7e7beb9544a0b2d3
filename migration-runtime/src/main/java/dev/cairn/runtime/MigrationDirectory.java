package dev.cairn.runtime;

import dev.cairn.runtime.internal.DirectoryReader;
import dev.cairn.runtime.internal.MigrationNames;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An Atlas-compatible migration directory: a flat folder of {@code <version>_<description>.sql}
 * files ordered by the bytes of their names, plus the integrity file {@code atlas.sum}. Loaded from
 * the file system or from the class path (a folder or a jar, including a Spring Boot fat jar).
 *
 * <p>Loading reads every file (the sum covers every byte) and checks the names: malformed names,
 * duplicate versions and near misses such as {@code 1_x.SQL} are reported together in one {@link
 * MigrationDirectoryException}. Other files ({@code README.md}, {@code .gitkeep}) and
 * subdirectories are ignored but listed in {@link #ignoredFiles()}. Directives and statements are
 * checked lazily per file, or all at once by {@link #problems()}.
 */
public final class MigrationDirectory {
  /** The integrity file's name. */
  public static final String SUM_FILE = "atlas.sum";

  private static final DateTimeFormatter VERSION_FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private final String location;
  private final Path path;
  private final List<MigrationFile> files;
  private final List<String> ignored;
  private final byte[] sum;

  private MigrationDirectory(
      String location, Path path, List<MigrationFile> files, List<String> ignored, byte[] sum) {
    this.location = location;
    this.path = path;
    this.files = List.copyOf(files);
    this.ignored = List.copyOf(ignored);
    this.sum = sum;
  }

  /**
   * Loads a directory from a location string as the CLI and configuration accept it: {@code
   * file://PATH} (Atlas style; {@code file://migrations} is relative, {@code file:///abs}
   * absolute), {@code classpath:LOCATION}, or a plain path.
   *
   * @param location the location
   * @return the loaded directory
   * @throws MigrationDirectoryException if it is missing or holds invalid names
   */
  public static MigrationDirectory open(String location) {
    Objects.requireNonNull(location, "location");
    if (location.startsWith("classpath:")) {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      return classpath(
          location.substring("classpath:".length()),
          loader != null ? loader : MigrationDirectory.class.getClassLoader());
    }
    if (location.startsWith("file://")) {
      return of(Path.of(location.substring("file://".length())));
    }
    if (location.startsWith("file:")) {
      return of(Path.of(location.substring("file:".length())));
    }
    return of(Path.of(location));
  }

  /**
   * Loads a file-system directory.
   *
   * @param dir the directory
   * @return the loaded directory
   * @throws MigrationDirectoryException if it is missing or holds invalid names
   */
  public static MigrationDirectory of(Path dir) {
    String label = dir.toString();
    DirectoryReader.Listing listing = DirectoryReader.read(dir, label);
    return build(label, dir, listing);
  }

  /**
   * Loads a class-path directory.
   *
   * @param location the resource path, e.g. {@code db/migrations}
   * @param loader the class loader to search
   * @return the loaded directory
   * @throws MigrationDirectoryException if it is missing, ambiguous or holds invalid names
   */
  public static MigrationDirectory classpath(String location, ClassLoader loader) {
    DirectoryReader.Listing listing = DirectoryReader.readClasspath(location, loader);
    return build("classpath:" + location, null, listing);
  }

  private static MigrationDirectory build(
      String label, Path path, DirectoryReader.Listing listing) {
    List<String> names = new ArrayList<>(listing.files().keySet());
    names.sort(MigrationNames.BYTE_ORDER);
    List<MigrationFile> files = new ArrayList<>();
    List<String> ignored = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> offending = new ArrayList<>();
    ErrorCode code = null;
    Map<String, String> byVersion = new HashMap<>();
    for (String name : names) {
      if (name.equals(SUM_FILE)) {
        continue;
      }
      if (!MigrationNames.isMigration(name)) {
        Optional<String> nearMiss = MigrationNames.nearMiss(name);
        if (nearMiss.isPresent()) {
          problems.add(name + " " + nearMiss.get());
          offending.add(name);
          code = code == null ? ErrorCode.INVALID_FILE_NAME : code;
        } else {
          ignored.add(name);
        }
        continue;
      }
      Optional<String> problem = MigrationNames.problem(name);
      if (problem.isPresent()) {
        problems.add(name + " " + problem.get());
        offending.add(name);
        code = code == null ? ErrorCode.INVALID_FILE_NAME : code;
        continue;
      }
      MigrationFile file = MigrationFile.of(name, listing.files().get(name));
      String previous = byVersion.putIfAbsent(file.version(), name);
      if (previous != null) {
        problems.add(
            name
                + " has version "
                + file.version()
                + ", already used by "
                + previous
                + "; every file needs its own version — give one of them a new version (e.g."
                + " the current UTC time yyyyMMddHHmmss) and run 'cairn migrate hash'");
        offending.add(previous);
        offending.add(name);
        code = code == null ? ErrorCode.DUPLICATE_VERSION : code;
        continue;
      }
      files.add(file);
    }
    for (String dir : listing.subdirectories()) {
      ignored.add(dir + "/");
    }
    if (!problems.isEmpty()) {
      String message =
          problems.size() == 1
              ? "migration directory " + label + ": " + problems.get(0)
              : "migration directory "
                  + label
                  + " has "
                  + problems.size()
                  + " invalid file names:\n  "
                  + String.join("\n  ", problems);
      throw new MigrationDirectoryException(code, message, offending);
    }
    return new MigrationDirectory(label, path, files, ignored, listing.files().get(SUM_FILE));
  }

  /**
   * Where the directory was loaded from, for messages.
   *
   * @return a path or {@code classpath:…}
   */
  public String location() {
    return location;
  }

  /**
   * The file-system path, for directories that can be written to.
   *
   * @return the path, or empty for class-path directories
   */
  public Optional<Path> path() {
    return Optional.ofNullable(path);
  }

  /**
   * The migration files in execution order (by the bytes of their names).
   *
   * @return the files, possibly empty
   */
  public List<MigrationFile> files() {
    return files;
  }

  /**
   * The migration files, requiring at least one.
   *
   * @return the files, never empty
   * @throws MigrationDirectoryException with {@link ErrorCode#DIRECTORY_EMPTY} if there are none
   */
  public List<MigrationFile> requireFiles() {
    if (files.isEmpty()) {
      throw new MigrationDirectoryException(
          ErrorCode.DIRECTORY_EMPTY,
          "migration directory "
              + location
              + " holds no migration files (<version>_<description>.sql)"
              + (ignored.isEmpty() ? "" : "; it only has " + String.join(", ", ignored))
              + "; check the location, or create one with 'cairn migrate new NAME'",
          List.of());
    }
    return files;
  }

  /**
   * The file with the given version.
   *
   * @param version e.g. {@code 20240101120000}
   * @return the file, if present
   */
  public Optional<MigrationFile> file(String version) {
    return files.stream().filter(f -> f.version().equals(version)).findFirst();
  }

  /**
   * Entries that are neither migrations nor {@code atlas.sum} (e.g. {@code README.md}, {@code
   * .gitkeep}); subdirectories end in {@code /}.
   *
   * @return the ignored names, sorted
   */
  public List<String> ignoredFiles() {
    return ignored;
  }

  /**
   * The raw content of {@code atlas.sum}.
   *
   * @return a copy of the bytes, or empty when the directory has no sum file
   */
  public Optional<byte[]> sumFile() {
    return Optional.ofNullable(sum).map(byte[]::clone);
  }

  /**
   * Checks every file's encoding, directives and statement splitting.
   *
   * @return one exception per broken file (each naming file and line), empty when all are fine
   */
  public List<CairnException> problems() {
    List<CairnException> problems = new ArrayList<>();
    for (MigrationFile f : files) {
      try {
        f.statements();
      } catch (CairnException e) {
        problems.add(e);
      }
    }
    return problems;
  }

  /**
   * A new version for the current moment: the UTC time as {@code yyyyMMddHHmmss}, as Atlas
   * generates it.
   *
   * @param clock the clock to read
   * @return e.g. {@code 20240101120000}
   */
  public static String newVersion(Clock clock) {
    return VERSION_FORMAT.format(clock.instant());
  }

  @Override
  public String toString() {
    return location;
  }
}
