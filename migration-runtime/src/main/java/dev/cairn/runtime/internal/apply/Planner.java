package dev.cairn.runtime.internal.apply;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import dev.cairn.runtime.ExecOrder;
import dev.cairn.runtime.NonLinearHistoryException;
import dev.cairn.runtime.Revision;
import dev.cairn.runtime.TxMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what is pending, with Atlas's rules: files after the last revision are pending; a
 * partially applied last file is resumed; files between the first and the last revision that have
 * no revision are out of order (an error, skipped or applied first, by execution order). Verifies
 * the applied history first.
 */
public final class Planner {
  private Planner() {}

  /**
   * The inputs of planning that come from configuration.
   *
   * @param execOrder what to do with out-of-order files
   * @param txMode the run's transaction mode
   * @param baselineVersion the baseline for a database without revisions, or null
   * @param allowDirty whether a database with objects but no revisions may be migrated
   * @param environment the running environment for {@code cairn:skip-on}, or null
   * @param operatorVersion what to write into {@code operator_version}
   */
  public record Options(
      ExecOrder execOrder,
      TxMode txMode,
      String baselineVersion,
      boolean allowDirty,
      String environment,
      String operatorVersion) {}

  /**
   * Plans a run.
   *
   * @param files the directory's files, sorted by version
   * @param revisionsRead the revisions, sorted by version
   * @param o the options
   * @return the plan
   */
  public static Plan plan(List<Script> files, List<Revision> revisionsRead, Options o) {
    Map<String, Script> byVersion = new HashMap<>();
    for (Script f : files) {
      byVersion.put(f.version(), f);
    }
    List<Revision> revs = List.copyOf(revisionsRead);
    HistoryVerifier.verify(files, revs, byVersion);

    List<Plan.Step> steps = new ArrayList<>();
    List<Script> skipped = new ArrayList<>();
    Revision baseline = null;
    boolean needsCleanCheck = false;

    if (revs.isEmpty()) {
      int from = 0;
      if (o.baselineVersion() != null) {
        Script b = byVersion.get(o.baselineVersion());
        if (b == null) {
          throw unknownVersion("baseline", o.baselineVersion(), files);
        }
        baseline =
            new Revision(
                b.version(),
                b.description(),
                Revision.TYPE_BASELINE,
                0,
                0,
                Instant.now(),
                Duration.ZERO,
                null,
                null,
                "",
                List.of(),
                o.operatorVersion());
        from = files.indexOf(b) + 1;
      } else {
        needsCleanCheck = !o.allowDirty();
      }
      for (Script f : files.subList(from, files.size())) {
        steps.add(step(f, null, false, o));
      }
    } else {
      Map<String, Revision> revByVersion = new HashMap<>();
      for (Revision r : revs) {
        revByVersion.put(r.version(), r);
      }
      Revision last = revs.get(revs.size() - 1);
      List<Revision> partial = new ArrayList<>();
      for (Revision r : revs) {
        if (r.isPartial()) {
          partial.add(r);
        }
      }
      // Everything up to and including the last revision is history; later files are pending.
      int next = 0;
      while (next < files.size() && files.get(next).version().compareTo(last.version()) <= 0) {
        next++;
      }
      List<Script> outOfOrder = new ArrayList<>();
      String first = revs.get(0).version();
      for (Script f : files.subList(0, next)) {
        if (f.version().compareTo(first) >= 0 && !revByVersion.containsKey(f.version())) {
          outOfOrder.add(f);
        }
      }
      List<Plan.Step> resume = new ArrayList<>();
      for (Revision p : partial) {
        if (p != last && o.execOrder() != ExecOrder.NON_LINEAR) {
          throw new NonLinearHistoryException(
              List.of(byVersion.get(p.version()).name()),
              byVersion.get(p.version()).name()
                  + " is partially applied ("
                  + p.applied()
                  + " of "
                  + p.total()
                  + " statements) but later versions are already applied. Resume it with the"
                  + " non-linear execution order, or resolve it by hand and mark it applied"
                  + " (set).");
        }
        resume.add(step(byVersion.get(p.version()), p, p != last, o));
      }
      if (!outOfOrder.isEmpty()) {
        switch (o.execOrder()) {
          case LINEAR:
            throw nonLinear(outOfOrder, last);
          case LINEAR_SKIP:
            skipped.addAll(outOfOrder);
            outOfOrder.clear();
            break;
          case NON_LINEAR:
          default:
            break;
        }
      }
      // Resumed partial files come first: their remaining statements were meant to run before
      // anything later.
      steps.addAll(resume);
      for (Script f : outOfOrder) {
        steps.add(step(f, null, true, o));
      }
      for (Script f : files.subList(next, files.size())) {
        steps.add(step(f, null, false, o));
      }
    }
    // Parse every file that will run now, so that a broken directive or an unterminated quote in
    // the third pending file stops the run before the first one executes.
    for (Plan.Step s : steps) {
      s.script().txMode();
      if (s.action() != Plan.Action.SKIP) {
        s.script().statements();
      }
    }
    if (o.txMode() == TxMode.ALL) {
      for (Plan.Step s : steps) {
        if (s.script().txMode() == TxMode.NONE && s.action() != Plan.Action.SKIP) {
          throw new CairnException(
              ErrorCode.INVALID_CONFIGURATION,
              s.script().name()
                  + " has the directive atlas:txmode none, which cannot run inside the single"
                  + " transaction of tx-mode all. Apply with tx-mode file (the default), or apply"
                  + " the files before it first.");
        }
      }
    }
    return new Plan(revs, List.copyOf(steps), baseline, List.copyOf(skipped), needsCleanCheck);
  }

  private static Plan.Step step(Script f, Revision partial, boolean outOfOrder, Planner.Options o) {
    if (partial != null) {
      return new Plan.Step(f, Plan.Action.RESUME, partial.applied(), partial, outOfOrder);
    }
    if (o.environment() != null && f.skipOn().contains(o.environment())) {
      return new Plan.Step(f, Plan.Action.SKIP, 0, null, outOfOrder);
    }
    return new Plan.Step(f, Plan.Action.RUN, 0, null, outOfOrder);
  }

  private static NonLinearHistoryException nonLinear(List<Script> outOfOrder, Revision last) {
    List<String> names = new ArrayList<>();
    for (Script f : outOfOrder) {
      names.add(f.name());
    }
    String list = String.join(", ", names);
    return new NonLinearHistoryException(
        names,
        (names.size() == 1 ? "Migration file " + list + " is" : "Migration files " + list + " are")
            + " pending but ordered before version "
            + last.version()
            + ", which is already applied (added out of order, e.g. merged from a branch)."
            + " Nothing was executed. Give "
            + (names.size() == 1 ? "it" : "them")
            + " a version after "
            + last.version()
            + " (rename, then re-hash atlas.sum), or choose the execution order non-linear (apply"
            + " "
            + (names.size() == 1 ? "it" : "them")
            + " now) or linear-skip (leave "
            + (names.size() == 1 ? "it" : "them")
            + " unapplied).");
  }

  static CairnException unknownVersion(String what, String version, List<Script> files) {
    String range =
        files.isEmpty()
            ? "the directory has no files"
            : "versions run from "
                + files.get(0).version()
                + " to "
                + files.get(files.size() - 1).version();
    return new CairnException(
        ErrorCode.UNKNOWN_VERSION,
        "The "
            + what
            + " version "
            + version
            + " is not a migration file in the directory ("
            + range
            + "). Give the version part of an existing file name.");
  }
}
