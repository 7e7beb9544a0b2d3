package dev.cairn.diff;

import dev.cairn.diff.internal.dev.DevUrls;

/**
 * Opens dev databases from a URL.
 *
 * <ul>
 *   <li>{@code embedded:postgres:17} (the default; also {@code 15}, {@code 16}, {@code 18}): an
 *       embedded PostgreSQL started once per process, no Docker needed;
 *   <li>{@code jdbc:postgresql://host:port/database} or {@code
 *       postgres://user:password@host:port/database}: an existing server. When the user may create
 *       databases, Cairn creates and drops its own scratch databases there and never touches the
 *       database in the URL; otherwise it uses that database itself, which must be empty;
 *   <li>{@code docker://postgres/17} (any image and tag): a container started through
 *       Testcontainers, which must be on the classpath, with a Docker engine running.
 * </ul>
 */
public final class DevDatabases {
  /** The dev database used when none is given. */
  public static final String DEFAULT_URL = "embedded:postgres:17";

  private DevDatabases() {}

  /**
   * Opens the default dev database, {@value #DEFAULT_URL}.
   *
   * @return the dev database
   */
  public static DevDatabase embedded() {
    return open(DEFAULT_URL);
  }

  /**
   * Opens a dev database; credentials, if any, come from the URL.
   *
   * @param url a URL in one of the forms listed in the class documentation; blank means the default
   * @return the dev database
   * @throws dev.cairn.runtime.CairnException with {@link
   *     dev.cairn.runtime.ErrorCode#DEV_DATABASE_UNAVAILABLE} when the URL is unknown or the server
   *     cannot be reached
   */
  public static DevDatabase open(String url) {
    return DevUrls.open(url, null, null);
  }

  /**
   * Opens a dev database with explicit credentials (for JDBC URLs).
   *
   * @param url a URL in one of the forms listed in the class documentation
   * @param user the user, or {@code null} to take it from the URL
   * @param password the password, or {@code null}
   * @return the dev database
   */
  public static DevDatabase open(String url, String user, String password) {
    return DevUrls.open(url, user, password);
  }
}
