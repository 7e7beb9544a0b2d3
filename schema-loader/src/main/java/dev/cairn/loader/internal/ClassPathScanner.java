package dev.cairn.loader.internal;

import dev.cairn.loader.LoaderException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds mapped classes in packages of a class loader's directories and jars, by reading class files
 * rather than loading classes. Results are sorted by name, so the order in which the class path
 * lists its entries never shows in the output.
 */
public final class ClassPathScanner {
  private static final Set<String> MAPPED_ANNOTATIONS =
      Set.of(
          "Ljakarta/persistence/Entity;",
          "Ljakarta/persistence/Embeddable;",
          "Ljakarta/persistence/MappedSuperclass;",
          "Ljakarta/persistence/Converter;");
  private static final String PACKAGE_INFO = "package-info";

  private ClassPathScanner() {}

  /**
   * What a scan found.
   *
   * @param mappedClasses binary names of classes annotated {@code @Entity}, {@code @Embeddable},
   *     {@code @MappedSuperclass} or {@code @Converter}
   * @param annotatedPackages packages whose {@code package-info} carries JPA or Hibernate
   *     annotations (package-level generators, type registrations…)
   */
  public record Result(SortedSet<String> mappedClasses, SortedSet<String> annotatedPackages) {}

  /**
   * Scans packages, with their subpackages.
   *
   * @param loader the class loader whose resources are searched
   * @param packages package names
   * @return the mapped classes and annotated packages
   */
  public static Result scanPackages(ClassLoader loader, Collection<String> packages) {
    Collector collector = new Collector();
    List<String> prefixes = new ArrayList<>();
    for (String pkg : packages) {
      prefixes.add(pkg.replace('.', '/') + "/");
    }
    Set<String> scannedJars = new LinkedHashSet<>();
    for (String prefix : prefixes) {
      String path = prefix.substring(0, prefix.length() - 1);
      for (URL url : resources(loader, path)) {
        switch (url.getProtocol()) {
          case "file" -> scanDirectory(toPath(url), path, collector);
          case "jar" -> {
            // Directory entries found: the jar holds the package. Scan the whole jar once, for
            // every requested package.
            String jar = jarBase(url);
            if (scannedJars.add(jar)) {
              scanJar(url, prefixes, collector);
            }
          }
          default ->
              throw new LoaderException(
                  "Cannot scan package "
                      + path.replace('/', '.')
                      + " at "
                      + url
                      + ": class path entries of type '"
                      + url.getProtocol()
                      + "' are not supported; list the entity classes explicitly instead.");
        }
      }
    }
    // Jars built without directory entries do not answer getResources("com/example"): look into
    // every jar of the class path as well.
    for (URL jarRoot : jarRoots(loader)) {
      String jar = jarBase(jarRoot);
      if (scannedJars.add(jar)) {
        scanJar(jarRoot, prefixes, collector);
      }
    }
    return collector.result();
  }

  /**
   * Scans everything under one class path root (a persistence unit's root).
   *
   * @param root a {@code file:} directory URL or a {@code jar:} URL
   * @return the mapped classes and annotated packages
   */
  public static Result scanRoot(URL root) {
    Collector collector = new Collector();
    switch (root.getProtocol()) {
      case "file" -> {
        Path path = toPath(root);
        if (Files.isDirectory(path)) {
          scanDirectory(path, "", collector);
        } else {
          scanJar(jarUrl(path), List.of(""), collector);
        }
      }
      case "jar" -> scanJar(root, List.of(""), collector);
      default ->
          throw new LoaderException(
              "Cannot scan the persistence unit root "
                  + root
                  + ": class path entries of type '"
                  + root.getProtocol()
                  + "' are not supported; list the entity classes in persistence.xml and set"
                  + " <exclude-unlisted-classes>true</exclude-unlisted-classes>.");
    }
    return collector.result();
  }

  private static List<URL> resources(ClassLoader loader, String name) {
    try {
      List<URL> urls = new ArrayList<>();
      Enumeration<URL> e = loader.getResources(name);
      while (e.hasMoreElements()) {
        urls.add(e.nextElement());
      }
      return urls;
    } catch (IOException e) {
      throw new LoaderException("Cannot list class path resources named " + name + ": " + e, e);
    }
  }

  private static Set<URL> jarRoots(ClassLoader loader) {
    Set<URL> roots = new LinkedHashSet<>();
    for (URL manifest : resources(loader, "META-INF/MANIFEST.MF")) {
      if ("jar".equals(manifest.getProtocol())) {
        String s = manifest.toString();
        roots.add(url(s.substring(0, s.length() - "META-INF/MANIFEST.MF".length())));
      }
    }
    for (ClassLoader l = loader; l != null; l = l.getParent()) {
      if (l instanceof URLClassLoader urlLoader) {
        for (URL u : urlLoader.getURLs()) {
          if ("file".equals(u.getProtocol()) && u.getPath().endsWith(".jar")) {
            roots.add(url("jar:" + u + "!/"));
          }
        }
      }
    }
    return roots;
  }

  private static void scanDirectory(Path dir, String prefix, Collector collector) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String fileName = file.getFileName().toString();
        if (fileName.endsWith(".class") && Files.isRegularFile(file)) {
          String relative =
              dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
          String entry = prefix.isEmpty() ? relative : prefix + "/" + relative;
          collector.accept(entry, file.toString(), () -> Files.readAllBytes(file));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new LoaderException("Cannot read the class directory " + dir + ": " + e, e);
    }
  }

  private static void scanJar(URL url, List<String> prefixes, Collector collector) {
    try {
      URLConnection connection = url.openConnection();
      if (!(connection instanceof JarURLConnection jarConnection)) {
        throw new IOException("not a jar URL");
      }
      // Without caches the JarFile is ours to close, so a long-lived build JVM keeps no file open.
      jarConnection.setUseCaches(false);
      try (JarFile jar = jarConnection.getJarFile()) {
        String base = jarBase(url);
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          JarEntry entry = entries.nextElement();
          String name = entry.getName();
          if (!entry.isDirectory() && name.endsWith(".class") && matches(name, prefixes)) {
            collector.accept(
                name,
                base + name,
                () -> {
                  try (InputStream in = jar.getInputStream(entry)) {
                    return in.readAllBytes();
                  }
                });
          }
        }
      }
    } catch (IOException e) {
      throw new LoaderException("Cannot read the jar " + jarBase(url) + ": " + e, e);
    }
  }

  private static boolean matches(String entryName, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (entryName.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static String jarBase(URL url) {
    String s = url.toString();
    int separator = s.lastIndexOf("!/");
    return separator < 0 ? s : s.substring(0, separator + 2);
  }

  private static URL jarUrl(Path jarFile) {
    return url("jar:" + jarFile.toUri() + "!/");
  }

  @SuppressWarnings("deprecation") // URL(String) is the only constructor accepting "jar:" nesting
  private static URL url(String spec) {
    try {
      return new URL(spec);
    } catch (java.net.MalformedURLException e) {
      throw new LoaderException("Malformed class path URL " + spec, e);
    }
  }

  private static Path toPath(URL url) {
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new LoaderException("Cannot turn the class path URL " + url + " into a path", e);
    }
  }

  @FunctionalInterface
  private interface ByteSource {
    byte[] read() throws IOException;
  }

  private static final class Collector {
    private final SortedSet<String> classes = new TreeSet<>();
    private final SortedSet<String> packages = new TreeSet<>();

    void accept(String entryName, String location, ByteSource bytes) {
      String binaryName = entryName.substring(0, entryName.length() - ".class".length());
      if (binaryName.endsWith("module-info")) {
        return;
      }
      boolean packageInfo =
          binaryName.equals(PACKAGE_INFO) || binaryName.endsWith("/" + PACKAGE_INFO);
      List<String> annotations;
      try {
        annotations = ClassFileAnnotations.classAnnotations(bytes.read());
      } catch (IOException e) {
        throw new LoaderException(
            "Cannot read the class file "
                + location
                + " while scanning for entities: "
                + e.getMessage()
                + ". Rebuild the project, or exclude the file's package from scanning.",
            e);
      }
      if (packageInfo) {
        for (String a : annotations) {
          if (a.startsWith("Ljakarta/persistence/")
              || a.startsWith("Lorg/hibernate/annotations/")) {
            int slash = binaryName.lastIndexOf('/');
            if (slash > 0) {
              packages.add(binaryName.substring(0, slash).replace('/', '.'));
            }
            break;
          }
        }
        return;
      }
      for (String a : annotations) {
        if (MAPPED_ANNOTATIONS.contains(a)) {
          classes.add(binaryName.replace('/', '.'));
          return;
        }
      }
    }

    Result result() {
      return new Result(classes, packages);
    }
  }
}
