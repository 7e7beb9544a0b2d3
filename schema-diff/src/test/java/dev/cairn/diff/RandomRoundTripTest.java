package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.diff.gen.SchemaGenerator;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.embedded.junit.WithPostgres;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips over generated schemas: for each seed a random schema and a random mutation of it
 * (every object kind can be mutated), checked in both directions, online-safe and plain, and from
 * and to an empty database. Set {@code -Dcairn.roundtrip.seeds=N} (and {@code
 * -Dcairn.roundtrip.first=K}) to run more seeds, {@code -Dcairn.roundtrip.seed=3,17} to replay
 * some, {@code -Dcairn.roundtrip.mutations=M} to apply M mutations to every seed.
 */
@WithPostgres
class RandomRoundTripTest {
  private static RoundTrip roundTrip;

  @BeforeAll
  static void databases() {
    roundTrip = new RoundTrip(PostgresServer.shared());
  }

  private static final java.util.Set<String> seenKinds = new java.util.TreeSet<>();

  @AfterAll
  static void close() {
    roundTrip.close();
    if (System.getProperty("cairn.roundtrip.seed") == null
        && System.getProperty("cairn.roundtrip.first") == null
        && System.getProperty("cairn.roundtrip.seeds") == null) {
      // The default seeds must keep exercising every common kind of change.
      assertThat(seenKinds)
          .containsAll(
              List.of(
                  "AddColumn",
                  "AddConstraint",
                  "AddEnumValue",
                  "AlterColumnDefault",
                  "AlterColumnIdentity",
                  "AlterColumnNullability",
                  "AlterColumnType",
                  "AlterCompositeType",
                  "AlterDomain",
                  "AlterSequence",
                  "CreateCompositeType",
                  "CreateDomain",
                  "CreateEnum",
                  "CreateExtension",
                  "CreateIndex",
                  "CreatePolicy",
                  "CreateRoutine",
                  "CreateSchema",
                  "CreateSequence",
                  "CreateTable",
                  "CreateTrigger",
                  "CreateView",
                  "DropColumn",
                  "DropColumnExpression",
                  "DropCompositeType",
                  "DropConstraint",
                  "DropDomain",
                  "DropEnum",
                  "DropExtension",
                  "DropIndex",
                  "DropPolicy",
                  "DropRoutine",
                  "DropSchema",
                  "DropSequence",
                  "DropTable",
                  "DropTrigger",
                  "DropView",
                  "RecreateEnum",
                  "RenameColumn",
                  "RenameIndex",
                  "RenameSequence",
                  "RenameTable",
                  "ReplaceRoutine",
                  "ReplaceView",
                  "SetComment",
                  "SetRowSecurity",
                  "SetTableLogging",
                  "ValidateConstraint"));
    }
  }

  private static void record(RoundTrip.Result r) {
    r.diff().changes().forEach(c -> seenKinds.add(c.getClass().getSimpleName()));
  }

  static IntStream seeds() {
    String only = System.getProperty("cairn.roundtrip.seed");
    if (only != null && !only.isBlank()) {
      return java.util.Arrays.stream(only.split(",")).mapToInt(x -> Integer.parseInt(x.strip()));
    }
    int from = Integer.getInteger("cairn.roundtrip.first", 0);
    return IntStream.range(from, from + Integer.getInteger("cairn.roundtrip.seeds", 40));
  }

  private static RenameHints hints(List<String> texts) {
    RenameHints h = RenameHints.none();
    for (String t : texts) {
      h = h.parse(t);
    }
    return h;
  }

  private static int mutations(int seed) {
    Integer fixed = Integer.getInteger("cairn.roundtrip.mutations");
    return fixed != null ? fixed : 1 + seed % 8;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutationApplies(int seed) throws SQLException {
    SchemaGenerator.Pair p = SchemaGenerator.generate(seed, mutations(seed));
    roundTrip.reset();
    record(
        roundTrip.run(
            p.current(),
            p.desired(),
            hints(p.hints()),
            PlanOptions.defaults().onlineSafe(seed % 3 != 0).targetMajorVersion(17)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutationRevertsWithReverseHints(int seed) throws SQLException {
    SchemaGenerator.Pair p = SchemaGenerator.generate(seed, mutations(seed));
    roundTrip.reset();
    record(
        roundTrip.run(p.desired(), p.current(), hints(p.reverseHints()), PlanOptions.defaults()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void createsFromEmptyAndDropsToEmpty(int seed) throws SQLException {
    if (seed % 4 != 0) {
      return;
    }
    SchemaGenerator.Pair p = SchemaGenerator.generate(seed, 0);
    roundTrip.reset();
    record(roundTrip.run("", p.current(), RenameHints.none(), PlanOptions.defaults()));
    roundTrip.reset();
    record(roundTrip.run(p.current(), "", RenameHints.none(), PlanOptions.defaults()));
  }
}
