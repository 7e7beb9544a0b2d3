package dev.cairn.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cairn.embedded.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Round trips on a real history (shared/corpus, skipped when absent): an empty database to
 * Documenso's final schema, and the state after the first half of its 163 migrations to the final
 * schema and back.
 */
class DocumensoRoundTripTest {

  private static Path corpus() {
    Path corpus = Corpus.dir().orElse(null);
    assumeTrue(corpus != null, "shared/corpus is absent (a fresh clone has none)");
    return corpus;
  }

  private static String finalSchema(Path corpus) throws IOException {
    return Files.readAllLines(corpus.resolve("documenso.final.sql"), StandardCharsets.UTF_8)
        .stream()
        .filter(line -> !line.startsWith("\\"))
        .collect(Collectors.joining("\n"));
  }

  private static String firstHalf(Path corpus) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(corpus.resolve("documenso"))) {
      files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
    StringBuilder sb = new StringBuilder();
    for (Path f : files.subList(0, files.size() / 2)) {
      sb.append(Files.readString(f, StandardCharsets.UTF_8)).append("\n;\n");
    }
    return sb.toString();
  }

  @Test
  void emptyToFinalSchema() throws IOException, SQLException {
    Path corpus = corpus();
    try (RoundTrip rt = new RoundTrip(PostgresServer.shared())) {
      RoundTrip.Result r =
          rt.run("", finalSchema(corpus), RenameHints.none(), PlanOptions.defaults());
      assertThat(r.desired().schema("public").orElseThrow().tables()).hasSize(51);
      assertThat(r.plan().statements()).hasSizeGreaterThan(150);
    }
  }

  @Test
  void firstHalfOfTheHistoryToFinalSchemaAndBack() throws IOException, SQLException {
    Path corpus = corpus();
    String half = firstHalf(corpus);
    String last = finalSchema(corpus);
    try (RoundTrip rt = new RoundTrip(PostgresServer.shared())) {
      RoundTrip.Result forward = rt.run(half, last, RenameHints.none(), PlanOptions.defaults());
      assertThat(forward.diff().changes()).isNotEmpty();
      assertThat(forward.plan().stage(PlannedStatement.Stage.ENUM_VALUES)).isNotEmpty();
      rt.reset();
      RoundTrip.Result back = rt.run(last, half, RenameHints.none(), PlanOptions.defaults());
      assertThat(back.diff().changes()).isNotEmpty();
    }
  }
}
