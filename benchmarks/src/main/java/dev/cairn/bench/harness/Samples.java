package dev.cairn.bench.harness;

import java.util.ArrayList;
import java.util.List;

/** The samples of one subject: wall-clock and CPU time of each run. */
final class Samples {
  final List<Double> wall = new ArrayList<>();
  final List<Double> client = new ArrayList<>();
  final List<Double> server = new ArrayList<>();

  void add(Context.Sample s) {
    wall.add(s.wallMs());
    client.add(s.clientCpuMs());
    server.add(s.serverCpuMs());
  }

  Row row(String section, String subject, int size, long rssKb, String note) {
    return new Row(
        section,
        subject,
        size,
        new Stats(wall),
        null,
        Context.cpuStats(client),
        Context.cpuStats(server),
        rssKb,
        -1,
        note);
  }

  Row row(String section, String subject, int size, long rssKb) {
    return row(section, subject, size, rssKb, "");
  }
}
