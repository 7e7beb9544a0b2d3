package dev.cairn.bench.harness;

import dev.cairn.bench.corpus.DiffFixture;
import dev.cairn.bench.corpus.EntityModel;
import dev.cairn.bench.tools.SchemaOps;
import dev.cairn.bench.tools.Target;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.StateCache;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.loader.LoadedSchema;
import dev.cairn.runtime.Cairn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The schema side: the loader on models of several sizes, the inspector on the large model's
 * schema, and a full {@code migrate diff} of the large model against an older migration directory,
 * side by side with liquibase-hibernate's {@code diffChangelog} and Hibernate's {@code update}
 * script on the same model and the same current schema.
 */
final class SchemaSuite {
  private final Context ctx;

  SchemaSuite(Context ctx) {
    this.ctx = ctx;
  }

  void run() {
    Settings s = ctx.settings;
    TreeSet<Integer> sizes = new TreeSet<>(s.loaderSizes());
    sizes.add(s.modelEntities());
    Map<Integer, EntityModel> models = new LinkedHashMap<>();
    for (int n : sizes) {
      models.put(n, EntityModel.create(s.work().resolve("model-" + n), n));
      ctx.log("compiled a model of %d entities", n);
    }
    EntityModel big = models.get(s.modelEntities());
    try (URLClassLoader bigLoader = big.classLoader()) {
      loader(models);
      try (ScratchDatabase inspected = ctx.freshDatabase("inspect")) {
        LoadedSchema ddl = SchemaOps.load(big, bigLoader);
        execute(inspected, ddl.ddl());
        int tables = inspect(inspected);
        DiffFixture fixture =
            DiffFixture.create(
                s.work().resolve("diff-dir"), big, s.diffCurrentEntities(), s.diffFiles());
        ctx.log("wrote a %d-file migration directory for the diff", s.diffFiles());
        try (ScratchDatabase current = ctx.freshDatabase("current")) {
          Target t = Target.of(current);
          int applied =
              Cairn.configure()
                  .url(t.jdbcUrl(), t.user(), t.passwordOrNull())
                  .directory(fixture.directory())
                  .load()
                  .migrate()
                  .migrations()
                  .size();
          if (applied != s.diffFiles()) {
            throw new IllegalStateException("applied " + applied + " of " + s.diffFiles());
          }
          diffs(fixture, bigLoader, Target.of(current));
          cold(models.get(s.loaderGoalEntities()), fixture, inspected, current, tables);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void loader(Map<Integer, EntityModel> models) throws IOException {
    for (int n : ctx.settings.loaderSizes()) {
      EntityModel model = models.get(n);
      try (URLClassLoader loader = model.classLoader()) {
        int[] statements = new int[1];
        Stats stats =
            measure(
                () -> {
                  statements[0] = SchemaOps.load(model, loader).statements().size();
                  return null;
                });
        ctx.add(
            Row.timed(
                Sections.SCHEMA, Sections.LOADER, n, stats, statements[0] + " DDL statements"));
      }
    }
  }

  private int inspect(ScratchDatabase db) {
    Target t = Target.of(db);
    int[] tables = new int[1];
    Stats stats =
        measure(
            () -> {
              tables[0] = SchemaOps.inspect(t);
              return null;
            });
    ctx.add(
        Row.timed(
            Sections.SCHEMA,
            Sections.INSPECT,
            ctx.settings.modelEntities(),
            stats,
            tables[0] + " tables with their indexes and foreign keys"));
    return tables[0];
  }

  private void diffs(DiffFixture fixture, ClassLoader loader, Target current) {
    int n = ctx.settings.modelEntities();
    Path out = ctx.settings.work().resolve("diff-out");
    String vs =
        " (vs a "
            + fixture.files()
            + "-file directory of "
            + fixture.currentEntities()
            + " entities)";
    try (DevDatabase dev = DevDatabases.embedded()) {
      SchemaOps.DiffOutcome[] first = new SchemaOps.DiffOutcome[1];
      Stats stats =
          measure(
              () ->
                  first[0] =
                      SchemaOps.cairnDiff(
                          fixture, loader, dev, StateCache.disabled(), out.resolve("cairn.sql")));
      ctx.add(
          Row.timed(
              Sections.SCHEMA,
              Sections.DIFF_FIRST,
              n,
              stats,
              first[0].changes() + " changes, " + first[0].statements() + " statements" + vs));
      StateCache cache = StateCache.at(ctx.settings.work().resolve("state-cache"));
      cache.clear();
      SchemaOps.cairnDiff(fixture, loader, dev, cache, out.resolve("cairn.sql"));
      Stats repeat =
          measure(() -> SchemaOps.cairnDiff(fixture, loader, dev, cache, out.resolve("cairn.sql")));
      ctx.add(Row.timed(Sections.SCHEMA, Sections.DIFF_REPEAT, n, repeat, vs.strip()));
    }
    try {
      SchemaOps.DiffOutcome[] lb = new SchemaOps.DiffOutcome[1];
      Stats stats =
          measure(
              () ->
                  lb[0] =
                      SchemaOps.liquibaseHibernateDiff(
                          fixture.model(), loader, current, out.resolve("liquibase.xml")));
      ctx.add(
          Row.timed(
              Sections.SCHEMA, Sections.LB_HIBERNATE, n, stats, lb[0].changes() + " change sets"));
    } catch (RuntimeException e) {
      ctx.add(Row.skipped(Sections.SCHEMA, Sections.LB_HIBERNATE, n, failure(e)));
    }
    SchemaOps.DiffOutcome[] hbm = new SchemaOps.DiffOutcome[1];
    Stats stats =
        measure(
            () ->
                hbm[0] =
                    SchemaOps.hibernateUpdateScript(
                        fixture.model(), loader, current, out.resolve("hibernate-update.sql")));
    ctx.add(
        Row.timed(
            Sections.SCHEMA,
            Sections.HIBERNATE_UPDATE,
            n,
            stats,
            hbm[0].statements() + " statements"));
  }

  /** One fresh JVM per schema operation: its cold time and its memory. */
  private void cold(
      EntityModel loaderModel,
      DiffFixture fixture,
      ScratchDatabase inspected,
      ScratchDatabase current,
      int tables) {
    Settings s = ctx.settings;
    Path out = s.work().resolve("diff-out-cold");
    Target in = Target.of(inspected);
    Target cur = Target.of(current);
    String bigModel = fixture.model().classesDir().getParent().toString();
    String entities = Integer.toString(fixture.model().entityCount());
    List<Callable<Row>> tasks = new ArrayList<>();
    tasks.add(
        cold(
            Sections.LOADER,
            loaderModel.entityCount(),
            "loader",
            Map.of(
                "model",
                loaderModel.classesDir().getParent().toString(),
                "entities",
                Integer.toString(loaderModel.entityCount())),
            ""));
    tasks.add(
        cold(
            Sections.INSPECT,
            s.modelEntities(),
            "inspect",
            Map.of("url", in.jdbcUrl(), "user", in.user()),
            in.password()));
    Map<String, String> diff = new LinkedHashMap<>();
    diff.put("model", bigModel);
    diff.put("entities", entities);
    diff.put("current", Integer.toString(fixture.currentEntities()));
    diff.put("dir", fixture.directory().toString());
    diff.put("files", Integer.toString(fixture.files()));
    diff.put("dev", ctx.adminUrl());
    diff.put("user", ctx.server.user());
    diff.put("out", out.resolve("cairn.sql").toString());
    tasks.add(cold(Sections.DIFF_FIRST, s.modelEntities(), "diff", diff, in.password()));
    for (String[] kind :
        new String[][] {
          {"lbh", Sections.LB_HIBERNATE, "liquibase.xml"},
          {"hbm", Sections.HIBERNATE_UPDATE, "hibernate.sql"}
        }) {
      tasks.add(
          cold(
              kind[1],
              s.modelEntities(),
              kind[0],
              Map.of(
                  "model",
                  bigModel,
                  "entities",
                  entities,
                  "url",
                  cur.jdbcUrl(),
                  "user",
                  cur.user(),
                  "out",
                  out.resolve(kind[2]).toString()),
              cur.password()));
    }
    ctx.runAll(tasks).forEach(ctx::add);
  }

  private Callable<Row> cold(
      String subject, int size, String kind, Map<String, String> args, String password) {
    return () -> {
      try {
        ChildRunner.Result r = ctx.children.run(kind, args, password);
        return new Row(
            Sections.SCHEMA_COLD,
            subject,
            size,
            Stats.of(r.inProcessMillis()),
            Stats.of(r.totalMillis()),
            r.rssKb(),
            r.heapBytes(),
            "");
      } catch (RuntimeException e) {
        return Row.skipped(Sections.SCHEMA_COLD, subject, size, failure(e));
      }
    };
  }

  /** Warms up once (unless the settings have no warm-up), then times the configured runs. */
  private Stats measure(Supplier<Object> work) {
    if (ctx.settings.warmupRounds() > 0) {
      work.get();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < ctx.settings.schemaRuns(); i++) {
      System.gc();
      long t0 = System.nanoTime();
      work.get();
      times.add(Context.millisSince(t0));
    }
    return new Stats(times);
  }

  private static void execute(ScratchDatabase db, String sql) {
    try (Connection c = db.connect();
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the model's schema: " + e.getMessage(), e);
    }
  }

  static String failure(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getClass().getSimpleName() + ": " + root.getMessage();
    message = message.replace('\n', ' ');
    return "failed: " + (message.length() > 300 ? message.substring(0, 300) + "…" : message);
  }
}
