package dev.cairn.test;

/**
 * Entry point of Cairn's AssertJ assertions; import statically next to AssertJ's own, e.g. {@code
 * CairnAssertions.assertThat(recorder).executedNoDdl()}.
 */
public final class CairnAssertions {
  private CairnAssertions() {}

  /**
   * Assertions on the statements a recorder saw.
   *
   * @param recorder the recorder
   * @return the assertion object
   */
  public static StatementRecorderAssert assertThat(StatementRecorder recorder) {
    return new StatementRecorderAssert(recorder);
  }
}
