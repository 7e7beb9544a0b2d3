package dev.cairn.runtime;

/**
 * A directive in a migration file's leading comment block ({@code atlas:…} or {@code cairn:…}) is
 * unknown, misspelled or has an invalid argument. Carries the file and 1-based line.
 */
public class DirectiveException extends CairnException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * Creates an exception.
   *
   * @param file the migration file name
   * @param line the 1-based line of the directive
   * @param problem what is wrong and what to do, without location (it is prefixed here)
   */
  public DirectiveException(String file, int line, String problem) {
    super(ErrorCode.INVALID_DIRECTIVE, file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /**
   * The migration file name.
   *
   * @return the file name
   */
  public String file() {
    return file;
  }

  /**
   * The 1-based line of the directive.
   *
   * @return the line
   */
  public int line() {
    return line;
  }
}
