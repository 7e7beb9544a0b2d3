package dev.cairn.diff;

/**
 * Something the diff could not express, or that a reviewer must look at: an object the inspector
 * could not model on either side, a rename hint that matched nothing, a likely rename without a
 * hint.
 *
 * @param subject the object concerned, e.g. {@code aggregate public.my_sum(integer)}
 * @param message what it means and what to do
 */
public record DiffWarning(String subject, String message) {
  @Override
  public String toString() {
    return subject + ": " + message;
  }
}
