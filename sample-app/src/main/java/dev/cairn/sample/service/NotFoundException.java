package dev.cairn.sample.service;

/** A referenced customer, product or order does not exist. */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param what e.g. {@code customer 42}
   */
  public NotFoundException(String what) {
    super(what + " does not exist");
  }
}
