package dev.cairn.runtime.internal;

import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.MigrationDirectoryException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the flat content of a migration directory — from the file system or from the class path (a
 * directory or a jar, including jars nested the way Spring Boot packages them, through the jar's
 * own {@link JarURLConnection}).
 */
public final class DirectoryReader {
  private DirectoryReader() {}

  /**
   * What a directory holds.
   *
   * @param files regular files by name (content read eagerly: the sum needs every byte)
   * @param subdirectories names of subdirectories (never migrations)
   */
  public record Listing(Map<String, byte[]> files, List<String> subdirectories) {}

  /**
   * Reads a file-system directory.
   *
   * @param dir the directory
   * @param label how to name the directory in messages
   * @return its content
   */
  public static Listing read(Path dir, String label) {
    if (!Files.exists(dir)) {
      throw new MigrationDirectoryException(
          ErrorCode.DIRECTORY_NOT_FOUND,
          "migration directory "
              + label
              + " does not exist; check --dir (or create it with 'cairn migrate new NAME')",
          List.of());
    }
    if (!Files.isDirectory(dir)) {
      throw new MigrationDirectoryException(
          ErrorCode.DIRECTORY_NOT_FOUND,
          "migration directory "
              + label
              + " is a file, not a directory; point --dir at the folder"
              + " holding the .sql files",
          List.of());
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<String> dirs = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : (Iterable<Path>) list::iterator) {
        String name = p.getFileName().toString();
        if (Files.isDirectory(p)) {
          dirs.add(name);
        } else {
          files.put(name, readFile(p, label));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(label, e);
    }
    return new Listing(files, dirs);
  }

  private static byte[] readFile(Path p, String label) {
    try {
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      // Deleted while listing (or a dangling symlink): report it rather than skipping silently.
      throw new MigrationDirectoryException(
          ErrorCode.DIRECTORY_UNREADABLE,
          "cannot read " + p.getFileName() + " in " + label + ": it is a dangling link or vanished",
          List.of(p.getFileName().toString()),
          e);
    } catch (IOException e) {
      throw new MigrationDirectoryException(
          ErrorCode.DIRECTORY_UNREADABLE,
          "cannot read " + p.getFileName() + " in " + label + ": " + e.getMessage(),
          List.of(p.getFileName().toString()),
          e);
    }
  }

  /**
   * Reads a class-path directory.
   *
   * @param location the resource path, e.g. {@code db/migrations}
   * @param loader the class loader to search
   * @return its content
   */
  public static Listing readClasspath(String location, ClassLoader loader) {
    String path = trimSlashes(location);
    String label = "classpath:" + path;
    List<URL> roots;
    try {
      roots = Collections.list(loader.getResources(path));
    } catch (IOException e) {
      throw unreadable(label, e);
    }
    if (roots.isEmpty()) {
      throw new MigrationDirectoryException(
          ErrorCode.DIRECTORY_NOT_FOUND,
          "migration directory "
              + label
              + " is not on the class path; check the location (it is relative to the class-path"
              + " root, e.g. 'db/migrations' for src/main/resources/db/migrations)",
          List.of());
    }
    if (roots.size() > 1) {
      throw new MigrationDirectoryException(
          ErrorCode.DIRECTORY_NOT_FOUND,
          "migration directory "
              + label
              + " exists in "
              + roots.size()
              + " class-path entries ("
              + roots
              + "); an Atlas directory must be exactly one folder — remove the duplicates or use"
              + " a more specific location",
          List.of());
    }
    URL root = roots.get(0);
    try {
      if ("file".equals(root.getProtocol())) {
        return read(Path.of(root.toURI()), label);
      }
      URLConnection connection = root.openConnection();
      if (connection instanceof JarURLConnection jar) {
        return readJar(jar, label);
      }
    } catch (IOException e) {
      throw unreadable(label, e);
    } catch (URISyntaxException e) {
      throw unreadable(label, new IOException(e));
    }
    throw new MigrationDirectoryException(
        ErrorCode.DIRECTORY_UNREADABLE,
        "migration directory "
            + label
            + " is at "
            + root
            + ", which Cairn cannot list (only directories and jars are supported)",
        List.of());
  }

  private static Listing readJar(JarURLConnection connection, String label) throws IOException {
    connection.setUseCaches(false);
    String prefix = trimSlashes(connection.getEntryName() == null ? "" : connection.getEntryName());
    prefix = prefix.isEmpty() ? "" : prefix + "/";
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<String> dirs = new ArrayList<>();
    try (JarFile jar = connection.getJarFile()) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        String name = e.getName();
        if (!name.startsWith(prefix) || name.length() == prefix.length()) {
          continue;
        }
        String rest = name.substring(prefix.length());
        int slash = rest.indexOf('/');
        if (slash >= 0) {
          String dir = rest.substring(0, slash);
          if (!dirs.contains(dir)) {
            dirs.add(dir);
          }
          continue;
        }
        try (InputStream in = jar.getInputStream(e)) {
          files.put(rest, in.readAllBytes());
        }
      }
    }
    return new Listing(files, dirs);
  }

  private static String trimSlashes(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) == '/') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '/') {
      to--;
    }
    return s.substring(from, to);
  }

  private static MigrationDirectoryException unreadable(String label, Exception e) {
    return new MigrationDirectoryException(
        ErrorCode.DIRECTORY_UNREADABLE,
        "cannot list migration directory " + label + ": " + e.getMessage(),
        List.of(),
        e);
  }
}
