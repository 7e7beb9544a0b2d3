package dev.cairn.bench.harness;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Repeated timings of one measurement, in milliseconds. The median is the figure reported: on a
 * shared machine the mean is dragged by the runs that another process slowed down.
 *
 * @param samples the timings in run order
 */
public record Stats(List<Double> samples) {
  /** Copies the samples; there must be at least one. */
  public Stats {
    samples = List.copyOf(samples);
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
  }

  /**
   * Stats of the given timings.
   *
   * @param millis timings in milliseconds
   * @return the stats
   */
  public static Stats of(double... millis) {
    List<Double> list = new ArrayList<>();
    for (double m : millis) {
      list.add(m);
    }
    return new Stats(list);
  }

  /**
   * The median.
   *
   * @return milliseconds
   */
  public double median() {
    List<Double> sorted = sorted();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * The fastest run.
   *
   * @return milliseconds
   */
  public double min() {
    return sorted().get(0);
  }

  /**
   * The slowest run.
   *
   * @return milliseconds
   */
  public double max() {
    List<Double> sorted = sorted();
    return sorted.get(sorted.size() - 1);
  }

  /**
   * The number of runs.
   *
   * @return the count
   */
  public int n() {
    return samples.size();
  }

  private List<Double> sorted() {
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    return sorted;
  }
}
