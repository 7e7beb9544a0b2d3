package dev.cairn.maven;

import dev.cairn.runtime.MigrationStatus;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn cairn:status}: shows the database's migration state (current version, applied and
 * pending files, a partially applied file), like {@code cairn migrate status}. Reads only.
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractConnectingMojo {
  /** Fails the build when files are pending or a file failed half-way (a deploy gate). */
  @Parameter(property = "cairn.failOnPending", defaultValue = "false")
  boolean failOnPending;

  /** Creates the goal (Maven instantiates it). */
  public StatusMojo() {}

  @Override
  protected void run() throws MojoFailureException {
    MigrationStatus status = cairn().load().status();
    info(status.describe());
    if (failOnPending && status.state() != MigrationStatus.State.UP_TO_DATE) {
      throw new MojoFailureException(
          "the database is not up to date ("
              + status.state()
              + ", "
              + status.pending().size()
              + " pending) and cairn.failOnPending is set");
    }
  }
}
