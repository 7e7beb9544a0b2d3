package dev.cairn.bench.tools;

import dev.cairn.bench.corpus.DiffFixture;
import dev.cairn.bench.corpus.EntityModel;
import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.DiffResult;
import dev.cairn.diff.LoadOptions;
import dev.cairn.diff.Plan;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.Planner;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.SchemaSource;
import dev.cairn.diff.StateCache;
import dev.cairn.diff.States;
import dev.cairn.diff.model.Database;
import dev.cairn.diff.model.Schema;
import dev.cairn.loader.LoadedSchema;
import dev.cairn.loader.SchemaLoader;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.MigrationDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.DiffChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ReferenceDbUrlConnectionCommandStep;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * The schema operations compared: Cairn's loader, inspector and full {@code migrate diff};
 * liquibase-hibernate's {@code diffChangelog}; Hibernate's own {@code update} script.
 */
public final class SchemaOps {
  /** Kept strongly reachable: java.util.logging forgets levels of collected loggers. */
  private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

  static {
    LIQUIBASE_LOG.setLevel(Level.WARNING);
    if (System.getProperty("liquibase.analytics.enabled") == null) {
      System.setProperty("liquibase.analytics.enabled", "false");
    }
  }

  /**
   * What a diff produced.
   *
   * @param changes the number of changes (Cairn) or change sets (Liquibase), -1 when not counted
   * @param statements the number of SQL statements written
   * @param stages where the time went (Cairn's diff), or empty
   */
  public record DiffOutcome(int changes, int statements, String stages) {}

  private SchemaOps() {}

  /**
   * Cairn's schema loader on a whole model (scanning its packages).
   *
   * @param model the model
   * @param loader the model's class loader
   * @return the loaded schema
   */
  public static LoadedSchema load(EntityModel model, ClassLoader loader) {
    return SchemaLoader.load(DiffFixture.loaderOptions(loader).packages(model.packages()).build());
  }

  /**
   * Cairn's catalog inspector on a live database.
   *
   * @param target the database
   * @return the number of tables it read
   */
  public static int inspect(Target target) {
    try (Connection c = target.dataSource().getConnection()) {
      return tables(CatalogInspector.inspect(c));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Counts the tables of an inspected database.
   *
   * @param db the database
   * @return the number of tables over all schemas
   */
  public static int tables(Database db) {
    int n = 0;
    for (Schema s : db.schemas()) {
      n += s.tables().size();
    }
    return n;
  }

  /**
   * A full {@code migrate diff} as the command line runs it: check {@code atlas.sum}, load the
   * entities, execute the desired DDL and replay the directory on clean dev databases (or take
   * either state from the cache), diff, plan, and write the new migration file.
   *
   * @param fixture the model and its migration directory
   * @param loader the model's class loader
   * @param dev the dev database
   * @param cache the state cache ({@link StateCache#disabled()} for a first run)
   * @param out the file to write the planned SQL to
   * @return the number of changes and statements
   */
  public static DiffOutcome cairnDiff(
      DiffFixture fixture, ClassLoader loader, DevDatabase dev, StateCache cache, Path out) {
    long t0 = System.nanoTime();
    AtlasSum.verify(MigrationDirectory.of(fixture.directory()));
    long t1 = System.nanoTime();
    LoadOptions options = LoadOptions.defaults().withCache(cache);
    long[] stage = new long[3];
    // As the command line does: the directory is replayed while the entities are loaded and
    // executed (States.load), so the two states' stages overlap.
    States states =
        States.load(
            dev,
            () -> {
              long s0 = System.nanoTime();
              Database c =
                  SchemaSource.migrationDirectory(fixture.directory().toString())
                      .load(dev, options);
              stage[2] = System.nanoTime() - s0;
              return c;
            },
            () -> {
              long s0 = System.nanoTime();
              LoadedSchema desiredDdl = load(fixture.model(), loader);
              long s1 = System.nanoTime();
              Database d = SchemaSource.desiredDdl(desiredDdl.ddl()).load(dev, options);
              stage[0] = s1 - s0;
              stage[1] = System.nanoTime() - s1;
              return d;
            });
    Database current = states.current();
    Database desired = states.desired();
    long t4 = System.nanoTime();
    DiffResult diff = SchemaDiffer.diff(current, desired, DiffOptions.defaults());
    long t5 = System.nanoTime();
    Plan plan = Planner.plan(diff.changes(), current, desired, PlanOptions.defaults());
    write(out, plan.toSql());
    long t6 = System.nanoTime();
    String stages =
        String.format(
            java.util.Locale.ROOT,
            "sum check %.0f ms, both states %.0f ms (side by side: loader %.0f ms + desired state"
                + " %.0f ms | current state %.0f ms), diff %.0f ms, plan %.0f ms",
            (t1 - t0) / 1e6,
            (t4 - t1) / 1e6,
            stage[0] / 1e6,
            stage[1] / 1e6,
            stage[2] / 1e6,
            (t5 - t4) / 1e6,
            (t6 - t5) / 1e6);
    return new DiffOutcome(diff.changes().size(), plan.statements().size(), stages);
  }

  /**
   * liquibase-hibernate's {@code diffChangelog}: the entity model (through a {@code
   * hibernate:classic:} reference URL) against the database, written as a changelog.
   *
   * @param model the model
   * @param loader the model's class loader (which also holds its {@code hibernate.cfg.xml})
   * @param target the database
   * @param out the changelog file to write (an existing one is replaced)
   * @return the number of change sets written
   */
  public static DiffOutcome liquibaseHibernateDiff(
      EntityModel model, ClassLoader loader, Target target, Path out) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Files.deleteIfExists(out);
      Map<String, Object> scope = new HashMap<>();
      scope.put(Scope.Attr.classLoader.name(), loader);
      scope.put(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(loader));
      scope.put(Scope.Attr.ui.name(), new LoggerUIService());
      Scope.child(
          scope,
          () -> {
            CommandScope diff = new CommandScope(DiffChangelogCommandStep.COMMAND_NAME);
            diff.addArgumentValue(
                ReferenceDbUrlConnectionCommandStep.REFERENCE_URL_ARG,
                // liquibase-hibernate takes naming strategies and dialect from the URL only.
                "hibernate:classic:"
                    + EntityModel.HIBERNATE_CFG
                    + "?dialect=org.hibernate.dialect.PostgreSQLDialect"
                    + "&hibernate.physical_naming_strategy="
                    + EntityModel.PHYSICAL_NAMING
                    + "&hibernate.implicit_naming_strategy="
                    + EntityModel.IMPLICIT_NAMING);
            diff.addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, target.jdbcUrl());
            diff.addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, target.user());
            if (target.passwordOrNull() != null) {
              diff.addArgumentValue(
                  DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG, target.passwordOrNull());
            }
            diff.addArgumentValue(
                DiffChangelogCommandStep.CHANGELOG_FILE_ARG, out.toAbsolutePath().toString());
            diff.setOutput(OutputStream.nullOutputStream());
            diff.execute();
          });
      String text = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
      int changeSets = count(text, "<changeSet ");
      return new DiffOutcome(changeSets, changeSets, "");
    } catch (Exception e) {
      throw new IllegalStateException("liquibase-hibernate diffChangelog failed: " + e, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * Hibernate's own schema update, as a script: {@code scripts.action=update} through {@code
   * SchemaManagementToolCoordinator}, reading the live database's metadata.
   *
   * @param model the model
   * @param loader the model's class loader
   * @param target the database
   * @param out the file to write the script to
   * @return the number of statements in the script
   */
  public static DiffOutcome hibernateUpdateScript(
      EntityModel model, ClassLoader loader, Target target, Path out) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    StandardServiceRegistry registry = null;
    try {
      BootstrapServiceRegistry bootstrap =
          new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
      StringWriter script = new StringWriter();
      Map<String, Object> settings = new HashMap<>();
      settings.put("hibernate.connection.url", target.jdbcUrl());
      settings.put("hibernate.connection.username", target.user());
      if (target.passwordOrNull() != null) {
        settings.put("hibernate.connection.password", target.passwordOrNull());
      }
      settings.put("hibernate.physical_naming_strategy", EntityModel.PHYSICAL_NAMING);
      settings.put("hibernate.implicit_naming_strategy", EntityModel.IMPLICIT_NAMING);
      settings.put("jakarta.persistence.schema-generation.database.action", "none");
      settings.put("jakarta.persistence.schema-generation.scripts.action", "update");
      settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
      settings.put("hibernate.hbm2ddl.delimiter", ";");
      settings.put("hibernate.hbm2ddl.skip_default_import_file", "true");
      registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
      MetadataSources sources = new MetadataSources(registry);
      for (String name : model.classNames(model.entityCount())) {
        sources.addAnnotatedClass(Class.forName(name, true, loader));
      }
      Metadata metadata = sources.buildMetadata();
      SchemaManagementToolCoordinator.process(metadata, registry, settings, action -> {});
      String text = script.toString();
      write(out, text);
      return new DiffOutcome(-1, count(text, ";"), "");
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    } finally {
      if (registry != null) {
        StandardServiceRegistryBuilder.destroy(registry);
      }
      thread.setContextClassLoader(previous);
    }
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }

  private static void write(Path out, String text) {
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
