package dev.cairn.maven.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packages to scan for entities when none are configured: the project's own, i.e. the
 * shallowest packages of its output directory that hold classes. {@code target/classes/com/example
 * /shop/Order.class} and {@code …/shop/web/Api.class} give {@code com.example.shop}; two separate
 * trees give two packages. Classes in the default package are not scanned (JPA entities there are
 * not supported by the loader's package scan).
 */
public final class DefaultPackages {
  private DefaultPackages() {}

  /**
   * Finds the packages.
   *
   * @param outputDirectory the project's compiled classes
   * @return package names, sorted; empty when the directory holds no class in a package
   */
  public static List<String> of(Path outputDirectory) {
    List<String> out = new ArrayList<>();
    if (Files.isDirectory(outputDirectory)) {
      for (Path child : children(outputDirectory)) {
        if (Files.isDirectory(child)) {
          collect(child, child.getFileName().toString(), out);
        }
      }
    }
    return out;
  }

  private static void collect(Path dir, String name, List<String> out) {
    List<Path> children = children(dir);
    boolean hasClasses =
        children.stream()
            .anyMatch(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".class"));
    if (hasClasses) {
      out.add(name);
      return;
    }
    for (Path child : children) {
      if (Files.isDirectory(child)) {
        collect(child, name + "." + child.getFileName(), out);
      }
    }
  }

  private static List<Path> children(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
