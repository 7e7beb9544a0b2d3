package dev.cairn.diff.internal.imports;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One migration read from another tool's files, before it gets its Cairn version.
 *
 * @param order the original version as numbers (Flyway {@code 1.1} is [1, 1]; Liquibase changesets
 *     get their position), compared part by part
 * @param originalVersion the version as the tool wrote it, or {@code null} (repeatables,
 *     changesets)
 * @param description the description for the new file name
 * @param origin where it came from, for messages, e.g. {@code V1_1__add_email.sql}
 * @param repeatable whether it is a Flyway repeatable (no version; runs after the versioned ones)
 * @param historyKey what the tool's history table calls it
 * @param sql the up SQL, without the tool's annotations
 * @param down the down SQL, or {@code null}
 * @param nonTransactional why it must run outside a transaction, or {@code null}
 * @param delimiter a custom statement delimiter for {@code atlas:delimiter}, or {@code null}
 */
public record Parsed(
    List<BigInteger> order,
    String originalVersion,
    String description,
    String origin,
    boolean repeatable,
    String historyKey,
    String sql,
    String down,
    String nonTransactional,
    String delimiter) {

  /** Copies the list. */
  public Parsed {
    order = List.copyOf(order);
  }

  /**
   * Parses a dotted version such as {@code 1.2.10} (Flyway also allows {@code _} as separator).
   *
   * @param version the version
   * @return its parts, trailing zero parts removed (Flyway treats {@code 1.0} and {@code 1} as
   *     equal)
   */
  static List<BigInteger> parts(String version) {
    List<BigInteger> parts = new ArrayList<>();
    for (String p : version.split("[._]")) {
      parts.add(new BigInteger(p));
    }
    while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
      parts.remove(parts.size() - 1);
    }
    return parts;
  }

  /** Compares versions part by part, a missing part counting as zero. */
  static int compare(List<BigInteger> a, List<BigInteger> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
      BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }
}
