package dev.cairn.maven;

import dev.cairn.runtime.CairnException;
import dev.cairn.runtime.ErrorCode;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every Cairn goal shares: the project, the migration directory and {@code cairn.skip}, and
 * one way of turning Cairn's failures into Maven's: a failed check (drift, sum mismatch, lint
 * error, failed migration) fails the build, a configuration or connection problem is a build error.
 * Messages come from Cairn and never contain a password.
 */
public abstract class AbstractCairnMojo extends AbstractMojo {
  private static final Set<ErrorCode> ERRORS =
      EnumSet.of(
          ErrorCode.INTERNAL_ERROR,
          ErrorCode.INVALID_CONFIGURATION,
          ErrorCode.DEV_DATABASE_UNAVAILABLE,
          ErrorCode.DATABASE_UNREACHABLE,
          ErrorCode.DATABASE_AUTHENTICATION_FAILED,
          ErrorCode.DIRECTORY_NOT_FOUND);

  /** The project being built. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /** Skips the goal. */
  @Parameter(property = "cairn.skip", defaultValue = "false")
  boolean skip;

  /**
   * The migration directory (Atlas layout, with {@code atlas.sum}): a path or {@code file://PATH},
   * relative to the project's base directory. The default is where the Spring Boot starter reads
   * {@code classpath:db/migrations} from.
   */
  @Parameter(
      property = "cairn.dir",
      defaultValue = "${project.basedir}/src/main/resources/db/migrations")
  String dir;

  /** Creates the goal (Maven instantiates it). */
  protected AbstractCairnMojo() {}

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping (cairn.skip=true)");
      return;
    }
    try {
      run();
    } catch (CairnException e) {
      getLog().debug("Cairn error code " + e.code());
      if (ERRORS.contains(e.code())) {
        throw new MojoExecutionException(e.getMessage(), e);
      }
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }

  /**
   * Runs the goal.
   *
   * @throws MojoExecutionException on a configuration problem
   * @throws MojoFailureException when a check fails
   */
  protected abstract void run() throws MojoExecutionException, MojoFailureException;

  /**
   * The migration directory as a path, resolved against the project's base directory.
   *
   * @return the absolute path
   */
  protected Path directory() {
    String d = dir.startsWith("file://") ? dir.substring("file://".length()) : dir;
    if (d.startsWith("classpath:")) {
      throw new IllegalArgumentException(
          "cairn.dir " + dir + " is a class path location; give the directory in the source tree");
    }
    return project.getBasedir().toPath().resolve(d).normalize();
  }

  /**
   * Logs a multi-line text at info level, line by line.
   *
   * @param text the text
   */
  protected void info(String text) {
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        getLog().info(line);
      }
    }
  }
}
