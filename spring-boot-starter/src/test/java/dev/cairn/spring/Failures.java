package dev.cairn.spring;

/** Finds an exception of a given type in a startup failure's causal chain. */
final class Failures {
  private Failures() {}

  static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("No " + type.getName() + " in the causes of " + failure, failure);
  }
}
