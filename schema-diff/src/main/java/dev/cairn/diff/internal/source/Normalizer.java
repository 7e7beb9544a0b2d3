package dev.cairn.diff.internal.source;

import dev.cairn.diff.CatalogInspector;
import dev.cairn.diff.CleanDatabase;
import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.InspectOptions;
import dev.cairn.diff.Plan;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.PlannedStatement;
import dev.cairn.diff.Planner;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.model.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an executed state to the form PostgreSQL gives it once its own printed definitions are
 * executed again.
 *
 * <p>Why: the catalog does not always print an expression in a form that parses back to the same
 * tree. {@code status IN ('A','B')} on a varchar column (every Hibernate 7 {@code EnumType.STRING}
 * check) prints as {@code ((status)::text = ANY ((ARRAY['A'::character varying, …])::text[]))};
 * executing that text stores {@code ARRAY[('A'::character varying)::text, …]}. A migration written
 * from the first form would never match the state it was written for, and {@code migrate diff
 * --check} would report drift right after {@code migrate diff}. One rebuild from the planner's own
 * output reaches the fixed point, so both sides of every diff are rebuilt the same way and compare
 * equal exactly when the migration's result equals the desired state.
 */
public final class Normalizer {
  private static final Logger LOG = LoggerFactory.getLogger(Normalizer.class);

  private Normalizer() {}

  /**
   * Rebuilds a state on a fresh dev database from the plan that creates it.
   *
   * @param dev the dev database
   * @param state the executed state (or a live database's inspection)
   * @param inspect the inspection options
   * @param description the source, for the log
   * @return the rebuilt state, with {@code state}'s unsupported objects (the planner cannot create
   *     them); {@code state} itself when the rebuild is not possible
   */
  public static Database rebuild(
      DevDatabase dev, Database state, InspectOptions inspect, String description) {
    Database baseline;
    try (CleanDatabase clean = dev.acquire();
        Connection c = clean.connect()) {
      baseline = CatalogInspector.inspect(c, inspect);
    } catch (SQLException e) {
      LOG.warn("Could not inspect a clean dev database ({}); comparing as is.", e.getMessage());
      return state;
    }
    return rebuild(dev, baseline, state, inspect, description);
  }

  /**
   * Rebuilds a state, given the inspection of a clean database.
   *
   * @param dev the dev database
   * @param baseline the inspection of a clean database (what the plan starts from)
   * @param state the executed state
   * @param inspect the inspection options
   * @param description the source, for the log
   * @return the rebuilt state (see {@link #rebuild(DevDatabase, Database, InspectOptions, String)})
   */
  static Database rebuild(
      DevDatabase dev,
      Database baseline,
      Database state,
      InspectOptions inspect,
      String description) {
    Plan plan =
        Planner.plan(
            SchemaDiffer.diff(baseline, state, DiffOptions.defaults()).changes(),
            baseline,
            state,
            PlanOptions.defaults().onlineSafe(false));
    if (plan.isEmpty()) {
      return state;
    }
    try (CleanDatabase clean = dev.acquire();
        Connection c = clean.connect();
        Statement st = c.createStatement()) {
      c.setAutoCommit(true);
      st.setEscapeProcessing(false);
      for (PlannedStatement s : plan.statements()) {
        st.execute(s.sql());
      }
      Database rebuilt = CatalogInspector.inspect(c, inspect);
      return new Database(rebuilt.schemas(), rebuilt.extensions(), state.unsupported());
    } catch (SQLException e) {
      // The comparison stays correct for everything but the rare unstable expression; say so.
      LOG.warn(
          "Could not rebuild {} from its own plan ({}); comparing it as executed.",
          description,
          e.getMessage());
      return state;
    }
  }
}
