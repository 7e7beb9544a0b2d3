package dev.cairn.bench.tools;

import dev.cairn.bench.corpus.MigrationCorpus;

/**
 * The in-JVM migration operations compared: each tool's apply (which is also its startup check when
 * nothing is pending) and its explicit validation. Each tool's code lives in its own class, so a
 * JVM running one tool never loads another's.
 */
public enum MigrationOp {
  /** {@code Cairn.configure()…load().migrate()}. */
  CAIRN_MIGRATE("Cairn", "migrate()", true),
  /** {@code Cairn.configure()…load().validate()}. */
  CAIRN_VALIDATE("Cairn", "validate()", false),
  /** {@code Flyway.configure()…load().migrate()} (validates on migrate, Flyway's default). */
  FLYWAY_MIGRATE("Flyway", "migrate()", true),
  /** {@code Flyway.configure()…load().validate()}. */
  FLYWAY_VALIDATE("Flyway", "validate()", false),
  /** Liquibase's {@code update} command. */
  LIQUIBASE_UPDATE("Liquibase", "update", true);

  private final String tool;
  private final String call;
  private final boolean applies;

  MigrationOp(String tool, String call, boolean applies) {
    this.tool = tool;
    this.call = call;
    this.applies = applies;
  }

  /**
   * The tool's name.
   *
   * @return e.g. {@code Flyway}
   */
  public String tool() {
    return tool;
  }

  /**
   * The label used in reports.
   *
   * @return e.g. {@code Flyway migrate()}
   */
  public String label() {
    return tool + " " + call;
  }

  /**
   * Whether the operation applies pending migrations (else it only checks).
   *
   * @return true for migrate/update
   */
  public boolean applies() {
    return applies;
  }

  /**
   * The operation that applies migrations with the same tool.
   *
   * @return the tool's applying operation
   */
  public MigrationOp applying() {
    return switch (this) {
      case CAIRN_MIGRATE, CAIRN_VALIDATE -> CAIRN_MIGRATE;
      case FLYWAY_MIGRATE, FLYWAY_VALIDATE -> FLYWAY_MIGRATE;
      case LIQUIBASE_UPDATE -> LIQUIBASE_UPDATE;
    };
  }

  /**
   * Runs the operation, as an application (or its build) would: configure, then run.
   *
   * @param corpus the migration history
   * @param target the database
   * @return the number of migrations executed where the tool reports it, else -1 (validate: 0)
   */
  public int run(MigrationCorpus corpus, Target target) {
    return switch (this) {
      case CAIRN_MIGRATE -> CairnRunner.migrate(target, corpus.atlasDir());
      case CAIRN_VALIDATE -> CairnRunner.validate(target, corpus.atlasDir());
      case FLYWAY_MIGRATE -> FlywayRunner.migrate(target, corpus.flywayDir());
      case FLYWAY_VALIDATE -> FlywayRunner.validate(target, corpus.flywayDir());
      case LIQUIBASE_UPDATE ->
          LiquibaseRunner.update(
              target, corpus.liquibaseDir(), MigrationCorpus.LIQUIBASE_CHANGELOG);
    };
  }

  /**
   * A query counting the migrations the tool has recorded.
   *
   * @return the SQL
   */
  public String historyCountSql() {
    return switch (applying()) {
      case FLYWAY_MIGRATE -> "select count(*) from flyway_schema_history where success";
      case LIQUIBASE_UPDATE -> "select count(*) from databasechangelog";
      default -> "select count(*) from atlas_schema_revisions.atlas_schema_revisions";
    };
  }
}
