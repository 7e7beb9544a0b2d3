package dev.cairn.bench.harness;

/**
 * One line of the report: a subject (a tool's operation) measured in a section at a size.
 *
 * @param section the section, one of the constants of {@link Sections}
 * @param subject what was measured, e.g. {@code Flyway migrate()}
 * @param size the number of migrations or entities (0 when not applicable)
 * @param time the in-process timings in ms, or null when skipped
 * @param total the whole-process timings in ms (fresh-JVM runs), or null
 * @param clientCpu the client's CPU time per run in ms (the harness JVM for an in-process tool, the
 *     whole process for psql and fresh JVMs), or null when not measured
 * @param serverCpu the PostgreSQL server's CPU time per run in ms, or null when not measured
 * @param rssKb the peak resident set size in kB, or -1 when not measured
 * @param heapBytes the sampled peak heap use in bytes, or -1 when not measured
 * @param note why a row was skipped, or a detail worth printing; empty when none
 */
public record Row(
    String section,
    String subject,
    int size,
    Stats time,
    Stats total,
    Stats clientCpu,
    Stats serverCpu,
    long rssKb,
    long heapBytes,
    String note) {

  /**
   * A timed row without CPU or memory figures.
   *
   * @param section the section
   * @param subject the subject
   * @param size the size
   * @param time the timings
   * @param note a detail, or empty
   * @return the row
   */
  public static Row timed(String section, String subject, int size, Stats time, String note) {
    return new Row(section, subject, size, time, null, null, null, -1, -1, note);
  }

  /**
   * A row for a measurement that could not be taken.
   *
   * @param section the section
   * @param subject the subject
   * @param size the size
   * @param why the reason, printed in the report
   * @return the row
   */
  public static Row skipped(String section, String subject, int size, String why) {
    return new Row(section, subject, size, null, null, null, null, -1, -1, why);
  }

  /**
   * Whether the row holds a measurement.
   *
   * @return true unless skipped
   */
  public boolean measured() {
    return time != null;
  }

  /**
   * The median CPU time of client and server together, when both were measured.
   *
   * @return milliseconds, or -1
   */
  public double cpuMedian() {
    if (clientCpu == null || serverCpu == null) {
      return -1;
    }
    return clientCpu.median() + serverCpu.median();
  }

  /**
   * The row's identity in the report.
   *
   * @return section, subject and size
   */
  public String key() {
    return key(section, subject, size);
  }

  /**
   * A row identity.
   *
   * @param section the section
   * @param subject the subject
   * @param size the size
   * @return the key
   */
  public static String key(String section, String subject, int size) {
    return section + " | " + subject + " | " + size;
  }
}
