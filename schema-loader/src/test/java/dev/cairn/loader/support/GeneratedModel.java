package dev.cairn.loader.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A synthetic entity model of any size, compiled at test time into its own directory and loaded by
 * its own class loader (so it is invisible to the test class path until asked for). Reusable by
 * benchmarks: {@code GeneratedModel.create(dir, 500)} gives a 500-entity model in ten packages.
 *
 * <p>Each entity has a sequence id, {@code @Version}, strings, numbers, an enum stored as a string
 * (check constraint), a timestamp, an embedded address, an index, a many-to-one to the previous
 * entity; every tenth a many-to-many, every twenty-fifth an element collection.
 *
 * @param sourceDir the generated sources
 * @param classesDir the compiled classes
 * @param packages the packages holding the entities (scan these)
 * @param entityCount the number of entities
 */
public record GeneratedModel(
    Path sourceDir, Path classesDir, List<String> packages, int entityCount) {
  /** The root package of every generated model. */
  public static final String ROOT_PACKAGE = "gen.model";

  private static final int PACKAGES = 10;

  /**
   * Generates and compiles a model.
   *
   * @param workDir an empty directory for sources and classes
   * @param entityCount how many entities
   * @return the compiled model
   */
  public static GeneratedModel create(Path workDir, int entityCount) {
    try {
      Path src = Files.createDirectories(workDir.resolve("src"));
      Path classes = Files.createDirectories(workDir.resolve("classes"));
      List<Path> files = new ArrayList<>();
      files.add(write(src, ROOT_PACKAGE + ".common", "Address", address()));
      files.add(
          write(
              src, ROOT_PACKAGE + ".common", "Level", "public enum Level { LOW, MEDIUM, HIGH }\n"));
      List<String> packages = new ArrayList<>();
      packages.add(ROOT_PACKAGE + ".common");
      for (int p = 0; p < Math.min(PACKAGES, entityCount); p++) {
        packages.add(packageOf(p));
      }
      for (int i = 0; i < entityCount; i++) {
        files.add(write(src, packageOf(i % PACKAGES), "Entity" + i, entity(i)));
      }
      compile(files, classes);
      return new GeneratedModel(src, classes, List.copyOf(packages), entityCount);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A class loader seeing the compiled model, with the test class path (JPA, Hibernate) as parent.
   *
   * @return a new class loader
   */
  public URLClassLoader classLoader() {
    return classLoader(classesDir);
  }

  /**
   * A class loader over one directory or jar, with the test class path as parent.
   *
   * @param root a directory or jar
   * @return a new class loader
   */
  public static URLClassLoader classLoader(Path root) {
    try {
      return new URLClassLoader(
          new URL[] {root.toUri().toURL()}, GeneratedModel.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Packs the compiled classes (and anything else in the classes directory) into a jar.
   *
   * @param jar the jar to write
   * @param directoryEntries whether to write directory entries (some build tools omit them, and
   *     then {@code ClassLoader.getResources("a/b")} finds nothing in the jar)
   * @return the jar
   */
  public Path jar(Path jar, boolean directoryEntries) {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jos = new JarOutputStream(out);
        Stream<Path> walk = Files.walk(classesDir)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        String name = classesDir.relativize(p).toString().replace('\\', '/');
        if (name.isEmpty()) {
          continue;
        }
        if (Files.isDirectory(p)) {
          if (directoryEntries) {
            jos.putNextEntry(new JarEntry(name + "/"));
            jos.closeEntry();
          }
        } else {
          jos.putNextEntry(new JarEntry(name));
          Files.copy(p, jos);
          jos.closeEntry();
        }
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String packageOf(int p) {
    return ROOT_PACKAGE + ".p" + p;
  }

  private static String address() {
    return """
        import jakarta.persistence.*;

        @Embeddable
        public class Address {
          @Column(length = 120) String street;
          @Column(length = 60) String city;
          @Column(length = 12) String postalCode;
        }
        """;
  }

  private static String entity(int i) {
    StringBuilder s = new StringBuilder();
    s.append("import jakarta.persistence.*;\n");
    s.append("import java.math.BigDecimal;\nimport java.time.Instant;\nimport java.util.*;\n");
    s.append("import ").append(ROOT_PACKAGE).append(".common.*;\n\n");
    s.append("@Entity\n@Table(indexes = @Index(name = \"entity")
        .append(i)
        .append("_name_idx\", columnList = \"name\"))\n");
    s.append("public class Entity").append(i).append(" {\n");
    s.append("  @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) Long id;\n");
    s.append("  @Version long version;\n");
    s.append("  @Column(nullable = false, length = 100) String name;\n");
    s.append("  @Column(unique = true, length = 40) String code;\n");
    s.append("  int quantity;\n");
    s.append("  @Column(precision = 12, scale = 2) BigDecimal amount;\n");
    s.append("  Instant createdAt;\n");
    s.append("  boolean active;\n");
    s.append("  @Enumerated(EnumType.STRING) @Column(length = 10) Level level;\n");
    s.append("  @Embedded Address address;\n");
    if (i > 0) {
      s.append("  @ManyToOne(fetch = FetchType.LAZY) ").append(ref(i - 1)).append(" parent;\n");
    }
    if (i > 1 && i % 10 == 0) {
      s.append("  @ManyToMany Set<").append(ref(i - 2)).append("> related;\n");
    }
    if (i % 25 == 0) {
      s.append("  @ElementCollection Set<String> tags;\n");
    }
    s.append("}\n");
    return s.toString();
  }

  private static String ref(int i) {
    return packageOf(i % PACKAGES) + ".Entity" + i;
  }

  private static Path write(Path src, String pkg, String name, String body) throws IOException {
    Path dir = Files.createDirectories(src.resolve(pkg.replace('.', '/')));
    Path file = dir.resolve(name + ".java");
    Files.writeString(file, "package " + pkg + ";\n\n" + body);
    return file;
  }

  private static void compile(List<Path> files, Path classes) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("A JDK (not a JRE) is needed to compile the generated model");
    }
    String classPath =
        jarOf(jakarta.persistence.Entity.class)
            + java.io.File.pathSeparator
            + jarOf(org.hibernate.Version.class);
    List<String> args =
        new ArrayList<>(
            List.of(
                "-proc:none",
                "-nowarn",
                "-encoding",
                "UTF-8",
                "--release",
                "17",
                "-cp",
                classPath,
                "-d",
                classes.toString()));
    files.forEach(f -> args.add(f.toString()));
    int rc = compiler.run(null, null, System.err, args.toArray(String[]::new));
    if (rc != 0) {
      throw new IllegalStateException("javac failed with exit code " + rc);
    }
  }

  private static String jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
