package dev.cairn.bench.harness;

/**
 * One line of the report: a subject (a tool's operation) measured in a section at a size.
 *
 * @param section the section, one of the constants of {@link Sections}
 * @param subject what was measured, e.g. {@code Flyway migrate()}
 * @param size the number of migrations or entities (0 when not applicable)
 * @param time the in-process timings, or null when skipped
 * @param total the whole-process timings (cold runs), or null
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
    long rssKb,
    long heapBytes,
    String note) {

  /**
   * A timed row without memory figures.
   *
   * @param section the section
   * @param subject the subject
   * @param size the size
   * @param time the timings
   * @param note a detail, or empty
   * @return the row
   */
  public static Row timed(String section, String subject, int size, Stats time, String note) {
    return new Row(section, subject, size, time, null, -1, -1, note);
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
    return new Row(section, subject, size, null, null, -1, -1, why);
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
