package dev.cairn.diff.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionMapperTest {

  static VersionMapper.Mapping map(List<String> versions) {
    List<List<BigInteger>> orders = new ArrayList<>();
    for (String v : versions) {
      orders.add(Parsed.parts(v));
    }
    return VersionMapper.map(orders, versions, "Tool");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1 2 10               | 001 002 010
          1 1.1 2 10           | 001.0 001.1 002.0 010.0
          1.2.3 1.10           | 01.02.3 01.10.0
          1 2                  | 01 02
          000001 000002 000010 | 000001 000002 000010
          20240101120000 20240102120000 | 20240101120000 20240102120000
          1500000000 1600000000 | 1500000000 1600000000
          """)
  void mapsToVersionsWhoseByteOrderIsTheToolsOrder(String in, String out) {
    assertThat(map(List.of(in.split(" "))).versions()).containsExactly(out.split(" "));
  }

  @Test
  void fileNamesSortLikeTheOriginalVersionsForRandomHistories() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      List<List<BigInteger>> versions = new ArrayList<>();
      int n = 1 + random.nextInt(30);
      for (int i = 0; i < n; i++) {
        List<BigInteger> v = new ArrayList<>();
        int parts = 1 + random.nextInt(3);
        for (int p = 0; p < parts; p++) {
          v.add(BigInteger.valueOf(random.nextInt(p == 0 ? 1200 : 15)));
        }
        String s = String.join(".", v.stream().map(BigInteger::toString).toList());
        if (versions.stream().noneMatch(x -> Parsed.compare(x, Parsed.parts(s)) == 0)) {
          versions.add(Parsed.parts(s));
        }
      }
      versions.sort(Parsed::compare);
      List<String> originals = new ArrayList<>();
      for (List<BigInteger> v : versions) {
        originals.add(String.join(".", v.stream().map(BigInteger::toString).toList()));
      }
      List<String> mapped = VersionMapper.map(versions, originals, "Tool").versions();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < mapped.size(); i++) {
        // Descriptions differ in length and start with characters around '.' and '_'.
        names.add(mapped.get(i) + "_" + (char) ('a' + random.nextInt(3)) + "x".repeat(i % 4));
      }
      List<String> sorted = new ArrayList<>(names);
      sorted.sort(
          (a, b) ->
              Arrays.compareUnsigned(
                  a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
      assertThat(sorted).as("round %d: %s", round, originals).isEqualTo(names);
      // Later 'cairn migrate new' files (UTC timestamps) sort after every imported one.
      assertThat(mapped).allMatch(v -> v.compareTo("20000101000000") < 0);
    }
  }
}
