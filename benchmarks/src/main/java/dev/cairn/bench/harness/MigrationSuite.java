package dev.cairn.bench.harness;

import dev.cairn.bench.corpus.MigrationCorpus;
import dev.cairn.bench.tools.MigrationOp;
import dev.cairn.bench.tools.ProcessRun;
import dev.cairn.bench.tools.Psql;
import dev.cairn.bench.tools.Target;
import dev.cairn.embedded.ScratchDatabase;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The migration runtime side by side: fresh apply (Cairn, Flyway, Liquibase, psql two ways) and the
 * no-op startup check (warm and in fresh JVMs), for every history size. Every apply runs on a fresh
 * database; the subjects take turns (rotated each round) so that a burst of load from other
 * processes does not fall on one tool only. Every apply is checked: the schema must be the same for
 * every tool, and each tool must have recorded every migration.
 */
final class MigrationSuite {
  /** The tools that apply, in the harness's base order. */
  static final List<MigrationOp> APPLYING =
      List.of(MigrationOp.CAIRN_MIGRATE, MigrationOp.FLYWAY_MIGRATE, MigrationOp.LIQUIBASE_UPDATE);

  /** The no-op checks. */
  static final List<MigrationOp> CHECKS = List.of(MigrationOp.values());

  /**
   * A digest of the generated tables' columns, constraints and indexes: equal digests mean equal
   * schemas, whichever tool built them.
   */
  private static final String FINGERPRINT =
      "select md5(coalesce(string_agg(x, ',' order by x), '')) from ("
          + " select c.relname || '.' || a.attname || ':' || format_type(a.atttypid, a.atttypmod)"
          + "   || ':' || a.attnotnull || ':' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') x"
          + " from pg_attribute a join pg_class c on c.oid = a.attrelid"
          + " left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
          + " where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'"
          + "   and c.relname ~ '^t[0-9]+$' and a.attnum > 0 and not a.attisdropped"
          + " union all select k.conname || ':' || pg_get_constraintdef(k.oid)"
          + " from pg_constraint k join pg_class c on c.oid = k.conrelid"
          + " where c.relname ~ '^t[0-9]+$' and c.relnamespace = 'public'::regnamespace"
          + " union all select indexname || ':' || indexdef from pg_indexes"
          + " where schemaname = 'public' and tablename ~ '^t[0-9]+$'"
          + " union all select 'comment:' || c.relname || ':' || obj_description(c.oid, 'pg_class')"
          + " from pg_class c where c.relnamespace = 'public'::regnamespace"
          + "   and c.relname ~ '^t[0-9]+$' and obj_description(c.oid, 'pg_class') is not null"
          + ") s";

  private final Context ctx;

  MigrationSuite(Context ctx) {
    this.ctx = ctx;
  }

  void run() {
    Map<Integer, MigrationCorpus> corpora = new LinkedHashMap<>();
    for (int size : ctx.settings.sizes()) {
      corpora.put(
          size, MigrationCorpus.generate(ctx.settings.work().resolve("corpus-" + size), size));
      ctx.log("generated a corpus of %d migrations", size);
    }
    warmUp(corpora.get(ctx.settings.sizes().get(0)));
    for (int size : ctx.settings.sizes()) {
      MigrationCorpus corpus = corpora.get(size);
      Map<MigrationOp, ScratchDatabase> applied = freshApply(corpus);
      try {
        noopWarm(corpus, applied);
        noopCold(corpus, applied);
      } finally {
        applied.values().forEach(ScratchDatabase::close);
      }
      applyCold(corpus);
    }
  }

  private void warmUp(MigrationCorpus corpus) {
    for (int round = 0; round < ctx.settings.warmupRounds(); round++) {
      for (MigrationOp op : APPLYING) {
        try (ScratchDatabase db = ctx.freshDatabase("warmup")) {
          Target t = Target.of(db);
          op.run(corpus, t);
          for (int i = 0; i < 3; i++) {
            for (MigrationOp check : CHECKS) {
              if (check.applying() == op) {
                check.run(corpus, t);
              }
            }
          }
        }
      }
      ctx.log("warm-up round %d done", round + 1);
    }
  }

  /** Fresh apply in the warm JVM; returns one applied database per tool for the no-op checks. */
  private Map<MigrationOp, ScratchDatabase> freshApply(MigrationCorpus corpus) {
    int size = corpus.size();
    List<String> subjects = new ArrayList<>();
    APPLYING.forEach(op -> subjects.add(Sections.subject(op)));
    subjects.add(Sections.PSQL_SESSION);
    subjects.add(Sections.PSQL_PER_FILE);
    Map<String, List<Double>> times = new LinkedHashMap<>();
    Map<String, Long> rss = new LinkedHashMap<>();
    subjects.forEach(s -> times.put(s, new ArrayList<>()));
    Map<MigrationOp, ScratchDatabase> kept = new EnumMap<>(MigrationOp.class);
    String reference = null;
    int runs = ctx.settings.applyRuns().get(size);
    for (int run = 0; run < runs; run++) {
      for (String subject : Context.rotate(subjects, run)) {
        boolean psql = subject.startsWith("psql");
        if (psql && ctx.psql.isEmpty()) {
          continue;
        }
        ScratchDatabase db = ctx.freshDatabase("apply");
        boolean keep = false;
        try {
          Target t = Target.of(db);
          System.gc();
          double ms;
          if (psql) {
            ProcessRun r =
                subject.equals(Sections.PSQL_SESSION)
                    ? Psql.session(ctx.psql.get(), corpus, t, ctx.logs)
                    : Psql.perFile(ctx.psql.get(), corpus, t, ctx.logs);
            ms = r.wallNanos() / 1e6;
            if (r.peakRssKb() > 0) {
              rss.merge(subject, r.peakRssKb(), Math::max);
            }
          } else {
            MigrationOp op = op(subject);
            long t0 = System.nanoTime();
            int executed = op.run(corpus, t);
            ms = Context.millisSince(t0);
            if (executed >= 0 && executed != size) {
              throw new IllegalStateException(subject + " executed " + executed + " of " + size);
            }
            long recorded = Long.parseLong(t.queryOne(op.historyCountSql()));
            if (recorded != size) {
              throw new IllegalStateException(subject + " recorded " + recorded + " of " + size);
            }
            if (run == runs - 1) {
              kept.put(op, db);
              keep = true;
            }
          }
          String fingerprint = t.queryOne(FINGERPRINT);
          if (reference == null) {
            reference = fingerprint;
          } else if (!reference.equals(fingerprint)) {
            throw new IllegalStateException(
                subject + " built a different schema from " + size + " migrations");
          }
          times.get(subject).add(ms);
          ctx.log("apply %d with %s: %.0f ms (run %d/%d)", size, subject, ms, run + 1, runs);
        } finally {
          if (!keep) {
            db.close();
          }
        }
      }
    }
    for (String subject : subjects) {
      if (times.get(subject).isEmpty()) {
        ctx.add(Row.skipped(Sections.APPLY, subject, size, psqlMissing()));
      } else {
        ctx.add(
            new Row(
                Sections.APPLY,
                subject,
                size,
                new Stats(times.get(subject)),
                null,
                rss.getOrDefault(subject, -1L),
                -1,
                ""));
      }
    }
    return kept;
  }

  private void noopWarm(MigrationCorpus corpus, Map<MigrationOp, ScratchDatabase> applied) {
    int size = corpus.size();
    Map<MigrationOp, List<Double>> times = new EnumMap<>(MigrationOp.class);
    CHECKS.forEach(op -> times.put(op, new ArrayList<>()));
    int runs = ctx.settings.noopRuns().get(size);
    for (int run = 0; run < runs; run++) {
      for (MigrationOp op : Context.rotate(CHECKS, run)) {
        Target t = Target.of(applied.get(op.applying()));
        System.gc();
        long t0 = System.nanoTime();
        int executed = op.run(corpus, t);
        double ms = Context.millisSince(t0);
        if (op.applies() && executed > 0) {
          throw new IllegalStateException(op.label() + " applied " + executed + " on a no-op");
        }
        times.get(op).add(ms);
      }
    }
    for (MigrationOp op : CHECKS) {
      verifyUnchanged(op, applied.get(op.applying()), size);
      ctx.add(
          Row.timed(Sections.NOOP_WARM, Sections.subject(op), size, new Stats(times.get(op)), ""));
    }
  }

  private void noopCold(MigrationCorpus corpus, Map<MigrationOp, ScratchDatabase> applied) {
    int size = corpus.size();
    int runs = ctx.settings.coldRuns().get(size);
    List<String> subjects = new ArrayList<>();
    CHECKS.forEach(op -> subjects.add(Sections.subject(op)));
    subjects.add(Sections.JVM_BASELINE);
    List<Callable<Object[]>> tasks = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      for (String subject : Context.rotate(subjects, run)) {
        tasks.add(
            () -> {
              ChildRunner.Result r;
              if (subject.equals(Sections.JVM_BASELINE)) {
                Target t = Target.of(applied.get(MigrationOp.CAIRN_MIGRATE));
                // Always a real fresh JVM, so that even a smoke run proves the spawning works.
                r =
                    ctx.children.spawn(
                        "baseline", Map.of("url", t.jdbcUrl(), "user", t.user()), t.password());
              } else {
                MigrationOp op = op(subject);
                Target t = Target.of(applied.get(op.applying()));
                r = ctx.children.run("migrate", migrateArgs(op, corpus, t), t.password());
                if (op.applies() && Integer.parseInt(r.check()) > 0) {
                  throw new IllegalStateException(subject + " applied migrations on a no-op");
                }
              }
              return new Object[] {subject, r};
            });
      }
    }
    Map<String, List<ChildRunner.Result>> results = new LinkedHashMap<>();
    subjects.forEach(s -> results.put(s, new ArrayList<>()));
    for (Object[] pair : ctx.runAll(tasks)) {
      results.get((String) pair[0]).add((ChildRunner.Result) pair[1]);
    }
    for (String subject : subjects) {
      ctx.add(coldRow(Sections.NOOP_COLD, subject, size, results.get(subject)));
    }
    for (MigrationOp op : CHECKS) {
      verifyUnchanged(op, applied.get(op.applying()), size);
    }
  }

  /** One fresh-JVM apply per tool: the figure a first deployment pays, and its memory. */
  private void applyCold(MigrationCorpus corpus) {
    int size = corpus.size();
    List<Callable<Row>> tasks = new ArrayList<>();
    for (MigrationOp op : APPLYING) {
      tasks.add(
          () -> {
            try (ScratchDatabase db = ctx.freshDatabase("cold")) {
              Target t = Target.of(db);
              ChildRunner.Result r =
                  ctx.children.run("migrate", migrateArgs(op, corpus, t), t.password());
              long recorded = Long.parseLong(t.queryOne(op.historyCountSql()));
              if (recorded != size) {
                throw new IllegalStateException(
                    op.label() + " recorded " + recorded + " of " + size + " in a fresh JVM");
              }
              return coldRow(Sections.APPLY_COLD, Sections.subject(op), size, List.of(r));
            }
          });
    }
    ctx.runAll(tasks).forEach(ctx::add);
  }

  private static Row coldRow(
      String section, String subject, int size, List<ChildRunner.Result> rs) {
    List<Double> in = new ArrayList<>();
    List<Double> total = new ArrayList<>();
    long rss = -1;
    long heap = -1;
    for (ChildRunner.Result r : rs) {
      in.add(r.inProcessMillis());
      total.add(r.totalMillis());
      rss = Math.max(rss, r.rssKb());
      heap = Math.max(heap, r.heapBytes());
    }
    return new Row(section, subject, size, new Stats(in), new Stats(total), rss, heap, "");
  }

  private static Map<String, String> migrateArgs(MigrationOp op, MigrationCorpus c, Target t) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("op", op.name());
    args.put("corpus", c.root().toAbsolutePath().toString());
    args.put("size", Integer.toString(c.size()));
    args.put("url", t.jdbcUrl());
    args.put("user", t.user());
    return args;
  }

  private void verifyUnchanged(MigrationOp op, ScratchDatabase db, int size) {
    long recorded = Long.parseLong(Target.of(db).queryOne(op.historyCountSql()));
    if (recorded != size) {
      throw new IllegalStateException(
          op.label() + ": the history holds " + recorded + " rows after no-op runs, not " + size);
    }
  }

  private static MigrationOp op(String subject) {
    for (MigrationOp op : MigrationOp.values()) {
      if (Sections.subject(op).equals(subject)) {
        return op;
      }
    }
    throw new IllegalArgumentException(subject);
  }

  static String psqlMissing() {
    return "psql is not installed (install PostgreSQL's client, e.g. Debian's postgresql-client,"
        + " or set PSQL=/path/to/psql)";
  }
}
