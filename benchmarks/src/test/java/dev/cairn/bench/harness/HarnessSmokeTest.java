package dev.cairn.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.bench.tools.Psql;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness end to end on tiny inputs, one run of everything: every row of the report is there
 * and measured, every target has its figures, and the document and the chart are written. The
 * figures themselves mean nothing here.
 */
class HarnessSmokeTest {

  @Test
  void aSmokeRunMeasuresEveryRowAndWritesTheReport(@TempDir Path work) throws IOException {
    Path docs = work.resolve("docs");
    Report report =
        Harness.run(Settings.smoke(work, docs), Harness.PARTS, new PrintStream(System.out, true));

    assertThat(report.missingKeys()).isEmpty();
    boolean psql = Psql.locate().isPresent();
    List<Row> skipped = report.rows().stream().filter(r -> !r.measured()).toList();
    if (psql) {
      assertThat(skipped).isEmpty();
    } else {
      assertThat(skipped)
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r.subject()).startsWith("psql"))
          .allSatisfy(r -> assertThat(r.note()).contains("psql is not installed"));
    }
    assertThat(report.checks()).hasSize(10);
    assertThat(report.checks())
        .filteredOn(c -> !c.target().contains("psql"))
        .allSatisfy(c -> assertThat(c.verdict()).isNotEqualTo(Report.Verdict.NOT_MEASURED));
    // The one row that always starts a real JVM reports that JVM's memory.
    assertThat(report.measured(Sections.NOOP_COLD, Sections.JVM_BASELINE, 6).orElseThrow().rssKb())
        .isPositive();

    String md = Files.readString(docs.resolve("benchmarks.md"));
    assertThat(md)
        .contains("## Targets", "## Machine", "## Schema tools", "## DDL guard", "## Peak memory")
        .contains("Load average at start", "![Cost against the number of migrations");
    BufferedImage png = ImageIO.read(docs.resolve("benchmarks.png").toFile());
    assertThat(png.getWidth()).isEqualTo(1500);
    assertThat(png.getHeight()).isEqualTo(680);
  }
}
