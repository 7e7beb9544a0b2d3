package dev.cairn.diff.internal.imports;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives imported migrations Cairn versions whose byte order (what Atlas and Cairn sort file names
 * by) equals the original tool's order.
 *
 * <p>Versions are kept as written when they already sort correctly as text and will also sort
 * before files created later with {@code cairn migrate new} (UTC timestamps {@code
 * yyyyMMddHHmmss}): all the same length, and either zero-padded ({@code 00001}) or timestamps
 * themselves. Otherwise every part is zero-padded to a fixed width, the first with one extra
 * leading zero, so {@code 1, 1.1, 2, 10} become {@code 001, 001.1, 002, 010}.
 */
final class VersionMapper {
  private VersionMapper() {}

  /**
   * The mapping.
   *
   * @param versions the new versions, in the order of the input
   * @param explanation how they were derived, for the output
   */
  record Mapping(List<String> versions, String explanation) {}

  /**
   * Maps versions.
   *
   * @param orders each migration's version parts, already in the original order
   * @param originals each migration's version as written, or {@code null} for one without (they
   *     come after all versioned ones)
   * @param tool the tool's name for the explanation
   * @return the new versions and an explanation
   */
  static Mapping map(List<List<BigInteger>> orders, List<String> originals, String tool) {
    if (orders.isEmpty()) {
      return new Mapping(List.of(), "");
    }
    int keep = keepableLength(originals);
    if (keep > 0) {
      List<String> out = new ArrayList<>();
      for (List<BigInteger> o : orders) {
        String v = o.get(0).toString();
        out.add("0".repeat(Math.max(0, keep - v.length())) + v);
      }
      if (out.stream().allMatch(v -> v.length() == keep)) {
        return new Mapping(
            out,
            "Versions were kept as "
                + tool
                + " wrote them: they already sort by name in "
                + tool
                + "'s order, and before files created later with 'cairn migrate new'.");
      }
    }
    int parts = 1;
    for (List<BigInteger> o : orders) {
      parts = Math.max(parts, o.size());
    }
    int[] width = new int[parts];
    for (List<BigInteger> o : orders) {
      for (int i = 0; i < o.size(); i++) {
        width[i] = Math.max(width[i], o.get(i).toString().length());
      }
    }
    width[0] += 1;
    List<String> out = new ArrayList<>();
    for (List<BigInteger> o : orders) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < o.size(); i++) {
        if (i > 0) {
          sb.append('.');
        }
        String p = o.get(i).toString();
        sb.append("0".repeat(width[i] - p.length())).append(p);
      }
      out.add(sb.toString());
    }
    return new Mapping(
        out,
        "Versions were zero-padded ("
            + width[0]
            + (width[0] == 1 ? " digit" : " digits")
            + (parts > 1 ? " before the first dot, fixed widths after it" : "")
            + ") so that ordering file names byte by byte, as Atlas and Cairn do, gives "
            + tool
            + "'s order, and so that files created later with 'cairn migrate new' (UTC timestamps"
            + " yyyyMMddHHmmss) sort after them.");
  }

  /**
   * The common length of single-part digit versions that are all zero-padded or timestamps, else 0.
   */
  private static int keepableLength(List<String> originals) {
    int length = 0;
    boolean allPadded = true;
    for (String v : originals) {
      if (v == null) {
        continue;
      }
      if (!v.matches("[0-9]+") || (length != 0 && length != v.length())) {
        return 0;
      }
      length = v.length();
      allPadded &= v.startsWith("0");
    }
    return allPadded || length >= 10 ? length : 0;
  }
}
