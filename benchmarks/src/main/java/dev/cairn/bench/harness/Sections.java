package dev.cairn.bench.harness;

import dev.cairn.bench.tools.MigrationOp;

/** The report's sections and the subjects measured in them. */
public final class Sections {
  /** Applying a whole history to a fresh database, in the harness JVM after warm-up. */
  public static final String APPLY = "Fresh apply, warm JVM";

  /** Applying a whole history to a fresh database in a fresh JVM (one run; memory). */
  public static final String APPLY_COLD = "Fresh apply, fresh JVM";

  /** The check an application pays at every start when everything is applied, warm. */
  public static final String NOOP_WARM = "No-op startup check, warm JVM";

  /** The same check in a fresh JVM per run: what a starting application pays. */
  public static final String NOOP_COLD = "No-op startup check, fresh JVM";

  /** Loader, inspector and diffs, in the harness JVM after warm-up. */
  public static final String SCHEMA = "Schema tools, warm JVM";

  /** The schema operations in a fresh JVM each (one run; memory). */
  public static final String SCHEMA_COLD = "Schema tools, fresh JVM";

  /** The DDL guard's JMH benchmarks. */
  public static final String GUARD = "DDL guard (JMH)";

  /** psql running every file in one session. */
  public static final String PSQL_SESSION = "psql, one session";

  /** psql started once per file. */
  public static final String PSQL_PER_FILE = "psql, one process per file";

  /** A fresh JVM that only opens a JDBC connection: the floor of every fresh-JVM figure. */
  public static final String JVM_BASELINE = "JVM + one JDBC query (baseline)";

  /** Cairn's schema loader on an entity model. */
  public static final String LOADER = "Cairn schema loader";

  /** Cairn's catalog inspector on a live schema. */
  public static final String INSPECT = "Cairn inspect";

  /** A full migrate diff with nothing cached (a new migration file changes the directory). */
  public static final String DIFF_FIRST = "Cairn migrate diff, nothing cached";

  /** A full migrate diff with both states in the state cache (a repeated run). */
  public static final String DIFF_REPEAT = "Cairn migrate diff, states cached";

  /** liquibase-hibernate's diffChangelog. */
  public static final String LB_HIBERNATE = "liquibase-hibernate diffChangelog";

  /** Hibernate's own update script. */
  public static final String HIBERNATE_UPDATE = "Hibernate update script";

  private Sections() {}

  /**
   * The subject name of an in-JVM migration operation.
   *
   * @param op the operation
   * @return its label
   */
  public static String subject(MigrationOp op) {
    return op.label();
  }
}
