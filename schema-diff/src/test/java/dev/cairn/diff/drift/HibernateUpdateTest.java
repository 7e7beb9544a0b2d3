package dev.cairn.diff.drift;

import static dev.cairn.diff.drift.Tools.hibernateUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.DevDatabase;
import dev.cairn.diff.DevDatabases;
import dev.cairn.diff.DiffOptions;
import dev.cairn.diff.Plan;
import dev.cairn.diff.PlanOptions;
import dev.cairn.diff.PlannedStatement;
import dev.cairn.diff.Planner;
import dev.cairn.diff.SchemaDiffer;
import dev.cairn.diff.SchemaSource;
import dev.cairn.diff.model.Database;
import dev.cairn.embedded.ScratchDatabase;
import dev.cairn.embedded.junit.WithPostgres;
import dev.cairn.loader.LoaderOptions;
import dev.cairn.loader.SchemaLoader;
import dev.cairn.runtime.AppliedMigration;
import dev.cairn.runtime.AtlasSum;
import dev.cairn.runtime.MigrationDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Databases that Hibernate's {@code hbm2ddl.auto=update} built: reconcile, adopt, drift. */
@WithPostgres
class HibernateUpdateTest {
  static DevDatabase dev;

  @TempDir Path tmp;

  @BeforeAll
  static void openDev() {
    dev = DevDatabases.embedded();
  }

  @AfterAll
  static void closeDev() {
    dev.close();
  }

  static String entityDdl(String version) {
    return SchemaLoader.load(
            LoaderOptions.builder().packages("dev.cairn.diff.drift.hbm." + version).build())
        .ddl();
  }

  static ReconciliationReport reconcile(ScratchDatabase db, String version) {
    return Reconciler.configure()
        .expected(SchemaSource.desiredDdl(entityDdl(version)), "entities:hbm." + version)
        .dataSource(db.dataSource())
        .devDatabase(dev)
        .load()
        .reconcile();
  }

  @Test
  void aDatabaseUpdateCreatedFromScratchIsReconciled(ScratchDatabase db) {
    hibernateUpdate(
        db,
        dev.cairn.diff.drift.hbm.v2.Customer.class,
        dev.cairn.diff.drift.hbm.v2.PurchaseOrder.class);

    ReconciliationReport report = reconcile(db, "v2");

    assertThat(report.differences()).isEmpty();
    assertThat(report.describe()).startsWith("Reconciled: ");
  }

  /**
   * Update ran with the old entities, then with today's. Hibernate 7's update widened the name
   * column itself (it alters column types), but left the rest: an email still nullable, a status
   * without its default, and a legacy column.
   */
  @Test
  void classifiesWhatUpdateLeftBehindAndItsSqlReconciles(ScratchDatabase db) throws Exception {
    hibernateUpdate(
        db,
        dev.cairn.diff.drift.hbm.v1.Customer.class,
        dev.cairn.diff.drift.hbm.v1.PurchaseOrder.class);
    hibernateUpdate(
        db,
        dev.cairn.diff.drift.hbm.v2.Customer.class,
        dev.cairn.diff.drift.hbm.v2.PurchaseOrder.class);

    ReconciliationReport report = reconcile(db, "v2");

    assertThat(report.differences())
        .extracting(Difference::label)
        .containsExactlyInAnyOrder(
            "nullability mismatch on column public.customer.email",
            "extra column public.customer.legacy_code",
            "default mismatch on column public.purchase_order.status");
    Difference email =
        report.differences().stream()
            .filter(d -> d.kind() == Difference.Kind.NULLABILITY_MISMATCH)
            .findFirst()
            .orElseThrow();
    assertThat(email.expected()).isEqualTo("NOT NULL");
    assertThat(email.actual()).isEqualTo("NULL");
    assertThat(email.sql())
        .containsExactly("ALTER TABLE public.customer ALTER COLUMN email SET NOT NULL");
    assertThat(report.counts())
        .containsEntry(Difference.Kind.NULLABILITY_MISMATCH, 1)
        .containsEntry(Difference.Kind.EXTRA, 1)
        .doesNotContainKey(Difference.Kind.TYPE_MISMATCH);
    assertThat(report.toMarkdown())
        .contains("| nullability mismatch | 1 |")
        .contains("### 1. ")
        .contains("```sql");

    // The report's script is the reconciliation: afterwards nothing differs.
    Tools.exec(db, report.sql());
    assertThat(reconcile(db, "v2").differences()).isEmpty();
  }

  /**
   * The first migration is what 'cairn migrate diff' writes from the entities: the catalog's
   * printed form of Hibernate's enum check, which PostgreSQL stores differently from Hibernate's
   * own DDL. Adoption and drift compare the settled forms, so the database still matches.
   */
  @Test
  void adoptAndDriftAcceptFilesCairnWroteFromTheEntities(ScratchDatabase db) throws Exception {
    hibernateUpdate(
        db,
        dev.cairn.diff.drift.hbm.v1.Customer.class,
        dev.cairn.diff.drift.hbm.v1.PurchaseOrder.class);
    Database desired = SchemaSource.desiredDdl(entityDdl("v1")).load(dev);
    Database empty = SchemaSource.sql("empty", "").load(dev);
    Plan plan =
        Planner.plan(
            SchemaDiffer.diff(empty, desired, DiffOptions.defaults()).changes(),
            empty,
            desired,
            PlanOptions.defaults().onlineSafe(false));
    Path dir = Files.createDirectories(tmp.resolve("migrations"));
    StringBuilder init = new StringBuilder();
    for (PlannedStatement s : plan.statements()) {
      init.append(s.sql()).append(";\n");
    }
    assertThat(init).contains("ARRAY[");
    Files.writeString(dir.resolve("20240101000000_init.sql"), init);
    AtlasSum.write(MigrationDirectory.of(dir));

    AdoptResult r =
        Adopter.configure()
            .dataSource(db.dataSource())
            .directory(dir)
            .devDatabase(dev)
            .load()
            .adopt();

    assertThat(r.outcome()).as(r.describe()).isEqualTo(AdoptResult.Outcome.ADOPTED);
    assertThat(
            DriftDetector.configure()
                .dataSource(db.dataSource())
                .directory(dir)
                .devDatabase(dev)
                .load()
                .detect()
                .differences())
        .isEmpty();
  }

  @Test
  void adoptFindsTheVersionGeneratedFromTheSameEntities(ScratchDatabase db) throws Exception {
    hibernateUpdate(
        db,
        dev.cairn.diff.drift.hbm.v1.Customer.class,
        dev.cairn.diff.drift.hbm.v1.PurchaseOrder.class);
    Path dir = Files.createDirectories(tmp.resolve("migrations"));
    Files.writeString(dir.resolve("20240101000000_init.sql"), entityDdl("v1"));
    Files.writeString(
        dir.resolve("20240201000000_phone.sql"),
        "ALTER TABLE customer ADD COLUMN phone varchar(255);\n");
    AtlasSum.write(MigrationDirectory.of(dir));

    AdoptResult r =
        Adopter.configure()
            .dataSource(db.dataSource())
            .directory(dir)
            .devDatabase(dev)
            .load()
            .adopt();

    assertThat(r.outcome()).isEqualTo(AdoptResult.Outcome.ADOPTED);
    assertThat(r.version()).isEqualTo("20240101000000");
    assertThat(Tools.cairnApply(db, dir).migrations())
        .extracting(AppliedMigration::file)
        .containsExactly("20240201000000_phone.sql");
    DriftReport drift =
        DriftDetector.configure()
            .dataSource(db.dataSource())
            .directory(dir)
            .devDatabase(dev)
            .load()
            .detect();
    assertThat(drift.differences()).isEmpty();
    assertThat(drift.replayed()).hasSize(2);
    assertThat(Tools.revisions(db)).hasValue(List.of("20240101000000", "20240201000000"));
  }
}
