package dev.cairn.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves a run's figures (every sample, not just medians) so that the report can be written again
 * without measuring again: {@code Harness --report-from FILE}. A plain tab-separated text file.
 */
final class Results {
  private static final String MACHINE = "machine";
  private static final String SCOPE = "scope";
  private static final String ROW = "row";

  private Results() {}

  static void save(Path file, Report report) {
    List<String> lines = new ArrayList<>();
    lines.add(SCOPE + "\t" + report.settings().scope());
    Machine m = report.machine();
    for (RecordComponent c : Machine.class.getRecordComponents()) {
      try {
        lines.add(MACHINE + "\t" + c.getName() + "\t" + clean(c.getAccessor().invoke(m)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    for (Row r : report.rows()) {
      lines.add(
          String.join(
              "\t",
              ROW,
              r.section(),
              r.subject(),
              Integer.toString(r.size()),
              stats(r.time()),
              stats(r.total()),
              stats(r.clientCpu()),
              stats(r.serverCpu()),
              Long.toString(r.rssKb()),
              Long.toString(r.heapBytes()),
              clean(r.note())));
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Report load(Path file, Path work, Path docs) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String scope = null;
    List<String> machine = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      switch (f[0]) {
        case SCOPE -> scope = f[1];
        case MACHINE -> machine.add(f[2]);
        case ROW ->
            rows.add(
                new Row(
                    f[1],
                    f[2],
                    Integer.parseInt(f[3]),
                    stats(f[4]),
                    stats(f[5]),
                    stats(f[6]),
                    stats(f[7]),
                    Long.parseLong(f[8]),
                    Long.parseLong(f[9]),
                    f[10]));
        default -> throw new IllegalArgumentException("not a results file: " + file);
      }
    }
    Machine m =
        new Machine(
            machine.get(0),
            Integer.parseInt(machine.get(1)),
            machine.get(2),
            machine.get(3),
            machine.get(4),
            machine.get(5),
            machine.get(6),
            machine.get(7),
            machine.get(8),
            machine.get(9));
    return new Report(Settings.named(scope, work, docs), m, rows);
  }

  private static String stats(Stats s) {
    if (s == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    s.samples().forEach(v -> parts.add(Double.toString(v)));
    return String.join(",", parts);
  }

  private static Stats stats(String text) {
    if (text.isEmpty()) {
      return null;
    }
    List<Double> values = new ArrayList<>();
    for (String p : text.split(",")) {
      values.add(Double.parseDouble(p));
    }
    return new Stats(values);
  }

  private static String clean(Object value) {
    return String.valueOf(value).replace('\t', ' ').replace('\n', ' ');
  }
}
