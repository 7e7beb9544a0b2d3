package dev.cairn.bench.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A synthetic JPA entity model of any size, generated and compiled into its own directory and
 * loaded through its own class loader (the same shape as the schema loader's test model).
 *
 * <p>Each entity has a sequence id, {@code @Version}, strings, numbers, an enum stored as a string
 * (a check constraint), a timestamp, an embedded address, an index, a unique column and a
 * many-to-one to the previous entity; every tenth has a many-to-many (a join table), every
 * twenty-fifth an element collection (another table). 1,000 entities map to 1,140 tables. Entity
 * {@code i} refers only to entities before it, so the first {@code k} entities form a model of
 * their own.
 *
 * <p>The compiled classes directory also gets a {@code hibernate.cfg.xml} listing every entity, for
 * tools that read one (liquibase-hibernate's {@code hibernate:classic:} URL).
 *
 * @param sourceDir the generated sources
 * @param classesDir the compiled classes (and {@code hibernate.cfg.xml})
 * @param packages the packages holding the classes
 * @param entityCount the number of entities
 */
public record EntityModel(Path sourceDir, Path classesDir, List<String> packages, int entityCount) {
  /** The root package of every generated model. */
  public static final String ROOT_PACKAGE = "gen.model";

  /** The Hibernate configuration file written into {@link #classesDir()}. */
  public static final String HIBERNATE_CFG = "hibernate.cfg.xml";

  /**
   * The physical naming strategy every tool is configured with, so that all of them see the same
   * table and column names (snake case, as in Spring Boot).
   */
  public static final String PHYSICAL_NAMING =
      "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

  /** The implicit naming strategy every tool is configured with (Hibernate's JPA default). */
  public static final String IMPLICIT_NAMING =
      "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl";

  private static final int PACKAGES = 10;

  /** Copies the package list. */
  public EntityModel {
    packages = List.copyOf(packages);
  }

  /**
   * Generates and compiles a model, replacing whatever {@code workDir} held.
   *
   * @param workDir the directory for sources and classes
   * @param entityCount how many entities
   * @return the compiled model
   */
  public static EntityModel create(Path workDir, int entityCount) {
    try {
      MigrationCorpus.deleteRecursively(workDir);
      Path src = Files.createDirectories(workDir.resolve("src"));
      Path classes = Files.createDirectories(workDir.resolve("classes"));
      List<Path> files = new ArrayList<>();
      files.add(write(src, ROOT_PACKAGE + ".common", "Address", address()));
      files.add(
          write(
              src, ROOT_PACKAGE + ".common", "Level", "public enum Level { LOW, MEDIUM, HIGH }\n"));
      for (int i = 0; i < entityCount; i++) {
        files.add(write(src, packageOf(i % PACKAGES), "Entity" + i, entity(i)));
      }
      compile(files, classes);
      EntityModel model = new EntityModel(src, classes, packages(entityCount), entityCount);
      Files.writeString(
          classes.resolve(HIBERNATE_CFG), model.hibernateCfg(), StandardCharsets.UTF_8);
      return model;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a model compiled earlier by {@link #create} (for a child JVM).
   *
   * @param workDir the directory given to {@link #create}
   * @param entityCount its number of entities
   * @return the model
   */
  public static EntityModel at(Path workDir, int entityCount) {
    return new EntityModel(
        workDir.resolve("src"), workDir.resolve("classes"), packages(entityCount), entityCount);
  }

  private static List<String> packages(int entityCount) {
    List<String> packages = new ArrayList<>();
    packages.add(ROOT_PACKAGE + ".common");
    for (int p = 0; p < Math.min(PACKAGES, entityCount); p++) {
      packages.add(packageOf(p));
    }
    return packages;
  }

  /**
   * The fully qualified class names of the first {@code count} entities plus the embeddable (the
   * enum is not a managed class).
   *
   * @param count how many entities, at most {@link #entityCount()}
   * @return the class names
   */
  public List<String> classNames(int count) {
    List<String> names = new ArrayList<>();
    names.add(ROOT_PACKAGE + ".common.Address");
    for (int i = 0; i < count; i++) {
      names.add(className(i));
    }
    return names;
  }

  /**
   * A class loader that sees the compiled model, with this class's loader (JPA, Hibernate) as
   * parent.
   *
   * @return a new class loader
   */
  public URLClassLoader classLoader() {
    try {
      return new URLClassLoader(
          new URL[] {classesDir.toUri().toURL()}, EntityModel.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String hibernateCfg() {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    b.append("<hibernate-configuration xmlns=\"http://www.hibernate.org/xsd/orm/cfg\">\n");
    b.append("  <session-factory>\n");
    property(b, "hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect");
    property(b, "hibernate.physical_naming_strategy", PHYSICAL_NAMING);
    property(b, "hibernate.implicit_naming_strategy", IMPLICIT_NAMING);
    for (String name : classNames(entityCount)) {
      b.append("    <mapping class=\"").append(name).append("\"/>\n");
    }
    b.append("  </session-factory>\n</hibernate-configuration>\n");
    return b.toString();
  }

  private static void property(StringBuilder b, String name, String value) {
    b.append("    <property name=\"")
        .append(name)
        .append("\">")
        .append(value)
        .append("</property>\n");
  }

  private static String className(int i) {
    return packageOf(i % PACKAGES) + ".Entity" + i;
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
      s.append("  @ManyToOne(fetch = FetchType.LAZY) ")
          .append(className(i - 1))
          .append(" parent;\n");
    }
    if (i > 1 && i % 10 == 0) {
      s.append("  @ManyToMany Set<").append(className(i - 2)).append("> related;\n");
    }
    if (i % 25 == 0) {
      s.append("  @ElementCollection Set<String> tags;\n");
    }
    s.append("}\n");
    return s.toString();
  }

  private static Path write(Path src, String pkg, String name, String body) throws IOException {
    Path dir = Files.createDirectories(src.resolve(pkg.replace('.', '/')));
    Path file = dir.resolve(name + ".java");
    Files.writeString(file, "package " + pkg + ";\n\n" + body, StandardCharsets.UTF_8);
    return file;
  }

  private static void compile(List<Path> files, Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("A JDK (not a JRE) is needed to compile the generated model");
    }
    String classPath =
        jarOf(jakarta.persistence.Entity.class)
            + java.io.File.pathSeparator
            + jarOf(org.hibernate.Version.class);
    // An argument file keeps the command short with thousands of sources.
    Path argFile = classes.getParent().resolve("javac.args");
    List<String> lines = new ArrayList<>();
    files.forEach(f -> lines.add("\"" + f.toAbsolutePath() + "\""));
    Files.write(argFile, lines, StandardCharsets.UTF_8);
    String[] args = {
      "-proc:none",
      "-nowarn",
      "-encoding",
      "UTF-8",
      "--release",
      "17",
      "-cp",
      classPath,
      "-d",
      classes.toString(),
      "@" + argFile
    };
    int rc = compiler.run(null, null, System.err, args);
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
