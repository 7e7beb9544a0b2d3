package dev.cairn.diff.internal.dev;

import dev.cairn.diff.DevDatabase;
import dev.cairn.embedded.PostgresServer;
import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A PostgreSQL container started through Testcontainers. Only this class touches Testcontainers, so
 * the optional library is loaded only when a {@code docker://} dev database is asked for.
 */
final class DockerDevDatabase {
  private DockerDevDatabase() {}

  static DevDatabase start(String image, String url) {
    if (!DockerClientFactory.instance().isDockerAvailable()) {
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          "The dev database "
              + url
              + " needs Docker, but no Docker engine is reachable from this machine. Start Docker"
              + " (or set DOCKER_HOST), or use the embedded dev database, which needs no Docker:"
              + " --dev-url embedded:postgres:17.");
    }
    PostgreSQLContainer container = new PostgreSQLContainer(image);
    try {
      container.start();
    } catch (RuntimeException e) {
      container.close();
      throw new CairnException(
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          "Could not start the container "
              + image
              + " for the dev database "
              + url
              + ": "
              + e.getMessage()
              + ". Check the image name and that Docker can pull it, or use --dev-url"
              + " embedded:postgres:17.",
          e);
    }
    PostgresServer server =
        PostgresServer.external(
            container.getJdbcUrl(), container.getUsername(), container.getPassword());
    return new ServerDevDatabase(
        server,
        "Docker container " + image + " (" + container.getContainerId() + ")",
        container::close);
  }
}
